-- CreateEnum
CREATE TYPE "GhlConnectionState" AS ENUM ('CONNECTED', 'REFRESH_UNCERTAIN', 'NEEDS_RECONNECT');

-- CreateEnum
CREATE TYPE "GhlProvisioningStatus" AS ENUM ('QUEUED', 'RUNNING', 'NEEDS_VERIFICATION', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "GhlStepStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'SKIPPED');

-- AlterTable
ALTER TABLE "AppSettings" ADD COLUMN     "ghlAutoProvision" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ghlUserEmailTemplate" TEXT NOT NULL DEFAULT 'ops+{location}@agency.example';

-- CreateTable
CREATE TABLE "GhlConnection" (
    "id" TEXT NOT NULL DEFAULT 'agency',
    "ghlCompanyId" TEXT NOT NULL,
    "ghlUserId" TEXT,
    "scopes" TEXT NOT NULL,
    "accessToken" TEXT NOT NULL,
    "refreshToken" TEXT NOT NULL,
    "accessTokenExpiresAt" TIMESTAMP(3) NOT NULL,
    "state" "GhlConnectionState" NOT NULL DEFAULT 'CONNECTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "refreshClaimId" TEXT,
    "refreshClaimedAt" TIMESTAMP(3),
    "lastRefreshedAt" TIMESTAMP(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "retryNotBefore" TIMESTAMP(3),
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GhlConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GhlOAuthState" (
    "stateHash" TEXT NOT NULL,
    "browserHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GhlOAuthState_pkey" PRIMARY KEY ("stateHash")
);

-- CreateTable
CREATE TABLE "GhlSubaccount" (
    "companyId" TEXT NOT NULL,
    "status" "GhlProvisioningStatus" NOT NULL DEFAULT 'QUEUED',
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "locationId" TEXT,
    "userId" TEXT,
    "userEmail" TEXT NOT NULL,
    "password" TEXT NOT NULL,
    "firebaseToken" TEXT,
    "firebaseTokenIssuedAt" TIMESTAMP(3),
    "firebaseTokenExpiresAt" TIMESTAMP(3),
    "contactId" TEXT,
    "failedStep" TEXT,
    "lastError" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GhlSubaccount_pkey" PRIMARY KEY ("companyId")
);

-- CreateTable
CREATE TABLE "GhlProvisioningStep" (
    "companyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "GhlStepStatus" NOT NULL DEFAULT 'PENDING',
    "message" TEXT,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "GhlProvisioningStep_pkey" PRIMARY KEY ("companyId","key")
);

-- CreateIndex
CREATE INDEX "GhlOAuthState_expiresAt_idx" ON "GhlOAuthState"("expiresAt");

-- AddForeignKey
ALTER TABLE "GhlSubaccount" ADD CONSTRAINT "GhlSubaccount_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GhlProvisioningStep" ADD CONSTRAINT "GhlProvisioningStep_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "GhlSubaccount"("companyId") ON DELETE CASCADE ON UPDATE CASCADE;

