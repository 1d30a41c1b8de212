-- AlterTable
ALTER TABLE "Automation" ADD COLUMN     "syncLeaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "syncLeaseRunId" TEXT,
ALTER COLUMN "destinationId" DROP NOT NULL;

