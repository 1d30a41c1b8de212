-- CreateEnum
CREATE TYPE "StatusSyncStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- AlterTable
ALTER TABLE "AppSettings" ADD COLUMN     "integrationLogRetentionDays" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "StatusSync" (
    "id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "requestId" TEXT,
    "activeKey" TEXT,
    "status" "StatusSyncStatus" NOT NULL DEFAULT 'QUEUED',
    "totalOrders" INTEGER NOT NULL DEFAULT 0,
    "checked" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "creditNotes" INTEGER NOT NULL DEFAULT 0,
    "escalated" INTEGER NOT NULL DEFAULT 0,
    "cursor" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "StatusSync_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StatusSync_requestId_key" ON "StatusSync"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "StatusSync_activeKey_key" ON "StatusSync"("activeKey");

-- CreateIndex
CREATE INDEX "StatusSync_createdAt_idx" ON "StatusSync"("createdAt");

