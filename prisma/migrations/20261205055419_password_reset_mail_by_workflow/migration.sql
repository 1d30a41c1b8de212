-- AlterTable
ALTER TABLE "PasswordResetToken" ADD COLUMN     "emailedAt" TIMESTAMP(3),
ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "sealedToken" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_requestId_key" ON "PasswordResetToken"("requestId");

