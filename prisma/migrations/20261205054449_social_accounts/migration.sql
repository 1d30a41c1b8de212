-- CreateEnum
CREATE TYPE "SocialPlatform" AS ENUM ('FACEBOOK_PAGE', 'INSTAGRAM_FACEBOOK', 'INSTAGRAM_LOGIN', 'TIKTOK');

-- CreateEnum
CREATE TYPE "SocialAccountStatus" AS ENUM ('CONNECTED', 'NEEDS_RECONNECT', 'DISCONNECTED');

-- CreateEnum
CREATE TYPE "SocialOAuthFlow" AS ENUM ('FACEBOOK', 'INSTAGRAM', 'TIKTOK');

-- CreateEnum
CREATE TYPE "SocialWebhookProvider" AS ENUM ('FACEBOOK', 'TIKTOK');

-- CreateEnum
CREATE TYPE "SocialWebhookStatus" AS ENUM ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED');

-- CreateTable
CREATE TABLE "SocialAccount" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "platform" "SocialPlatform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "username" TEXT,
    "pictureUrl" TEXT,
    "followersCount" INTEGER,
    "pageId" TEXT,
    "metaUserId" TEXT,
    "status" "SocialAccountStatus" NOT NULL DEFAULT 'CONNECTED',
    "accessTokenSealed" TEXT NOT NULL,
    "userTokenSealed" TEXT,
    "refreshTokenSealed" TEXT,
    "tokenExpiresAt" TIMESTAMP(3),
    "tokenIssuedAt" TIMESTAMP(3) NOT NULL,
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "refreshDueAt" TIMESTAMP(3),
    "scopes" TEXT[],
    "lastRefreshedAt" TIMESTAMP(3),
    "refreshCount" INTEGER NOT NULL DEFAULT 0,
    "lastValidatedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "leaseId" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disconnectedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialFollowerSnapshot" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "followersCount" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialFollowerSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialOAuthState" (
    "id" TEXT NOT NULL,
    "stateHash" TEXT NOT NULL,
    "flow" "SocialOAuthFlow" NOT NULL,
    "companyId" TEXT NOT NULL,
    "adminUserId" TEXT,
    "reconnectLinkId" TEXT,
    "codeVerifierSealed" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialOAuthState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialPendingSelection" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "adminUserId" TEXT NOT NULL,
    "metaUserId" TEXT NOT NULL,
    "userTokenSealed" TEXT NOT NULL,
    "userTokenExpiresAt" TIMESTAMP(3),
    "scopes" TEXT[],
    "candidates" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialPendingSelection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialReconnectLink" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "sentTo" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialReconnectLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialWebhookEvent" (
    "id" TEXT NOT NULL,
    "provider" "SocialWebhookProvider" NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "SocialWebhookStatus" NOT NULL DEFAULT 'RECEIVED',
    "outcome" TEXT,
    "accountsAffected" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "SocialWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialWebhookRejection" (
    "provider" "SocialWebhookProvider" NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialWebhookRejection_pkey" PRIMARY KEY ("provider","day")
);

-- CreateIndex
CREATE INDEX "SocialAccount_status_refreshDueAt_idx" ON "SocialAccount"("status", "refreshDueAt");

-- CreateIndex
CREATE INDEX "SocialAccount_platform_externalId_idx" ON "SocialAccount"("platform", "externalId");

-- CreateIndex
CREATE INDEX "SocialAccount_metaUserId_idx" ON "SocialAccount"("metaUserId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialAccount_companyId_platform_externalId_key" ON "SocialAccount"("companyId", "platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialFollowerSnapshot_accountId_day_key" ON "SocialFollowerSnapshot"("accountId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "SocialOAuthState_stateHash_key" ON "SocialOAuthState"("stateHash");

-- CreateIndex
CREATE INDEX "SocialOAuthState_expiresAt_idx" ON "SocialOAuthState"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "SocialReconnectLink_tokenHash_key" ON "SocialReconnectLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SocialReconnectLink_accountId_idx" ON "SocialReconnectLink"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialWebhookEvent_dedupeKey_key" ON "SocialWebhookEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "SocialWebhookEvent_receivedAt_idx" ON "SocialWebhookEvent"("receivedAt");

-- AddForeignKey
ALTER TABLE "SocialAccount" ADD CONSTRAINT "SocialAccount_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialFollowerSnapshot" ADD CONSTRAINT "SocialFollowerSnapshot_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SocialAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialReconnectLink" ADD CONSTRAINT "SocialReconnectLink_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "SocialAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

