import { db } from "@/lib/db";
import { sqlQueryPrepared } from "@/lib/db-sql";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { Prisma, type SocialAccount } from "@/lib/generated/prisma/client";
import { facebookClient, instagramClient, tiktokClient } from "@/lib/providers/app-clients";
import { resolveAlert } from "@/lib/alerts";
import { LEASE_RELEASED, takeAccountLease } from "./account-lease";
import { recordCredentialFailure, type FailureOutcome } from "./credential-failures";
import { instagramTokenRefreshable, refreshDueAt } from "./platforms";
import { SOCIAL_ALERT_KINDS } from "./social-alerts";

export type RefreshOutcome =
  | { result: "refreshed"; tokenExpiresAt: Date | null }
  | { result: "not_due" | "busy" | "not_connected" | "never_expires" | "too_young" }
  | FailureOutcome;

type RenewedCredentials = {
  accessToken?: string;
  userToken?: string;
  refreshToken?: string;
  tokenExpiresAt: Date | null;
  refreshTokenExpiresAt?: Date;
};

const expiryAfter = (now: Date, seconds: number | null): Date | null =>
  seconds === null ? null : new Date(now.getTime() + seconds * 1000);

/** One provider call that renews the account's expiring token. */
async function renewAtProvider(account: SocialAccount, now: Date): Promise<RenewedCredentials> {
  const context = { companyId: account.companyId };
  switch (account.platform) {
    case "FACEBOOK_PAGE":
    case "INSTAGRAM_FACEBOOK": {
      if (account.userTokenSealed === null) throw new Error(`account ${account.id} has no Meta user token`);
      // Meta has no refresh token: a still-valid long-lived token is exchanged for a new one.
      const renewed = await facebookClient().exchangeForLongLivedToken(decryptSecret(account.userTokenSealed), context);
      return { userToken: renewed.accessToken, tokenExpiresAt: expiryAfter(now, renewed.expiresInSeconds) };
    }
    case "INSTAGRAM_LOGIN": {
      const renewed = await instagramClient().refreshLongLivedToken(decryptSecret(account.accessTokenSealed), context);
      return { accessToken: renewed.accessToken, tokenExpiresAt: expiryAfter(now, renewed.expiresInSeconds) };
    }
    case "TIKTOK": {
      if (account.refreshTokenSealed === null) throw new Error(`account ${account.id} has no TikTok refresh token`);
      const tokens = await tiktokClient().refreshTikTokToken(decryptSecret(account.refreshTokenSealed), context);
      // TikTok may rotate the refresh token: the one just returned is the only one that works now.
      return {
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        tokenExpiresAt: tokens.expiresAt,
        refreshTokenExpiresAt: tokens.refreshExpiresAt,
      };
    }
  }
}

const timestamp = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);

/**
 * The update that stores renewed credentials and releases the lease (only if still ours). A
 * credential the provider did not return keeps its stored value: never replaced by nothing.
 */
function storeRenewed(account: SocialAccount, leaseId: string, renewed: RenewedCredentials, now: Date): Prisma.Sql {
  const seal = (token: string | undefined) => (token ? encryptSecret(token) : null);
  const dueAt = refreshDueAt({ platform: account.platform, tokenExpiresAt: renewed.tokenExpiresAt, tokenIssuedAt: now });
  return Prisma.sql`
    UPDATE "SocialAccount" SET
      "accessTokenSealed" = COALESCE(${seal(renewed.accessToken)}::text, "accessTokenSealed"),
      "userTokenSealed" = COALESCE(${seal(renewed.userToken)}::text, "userTokenSealed"),
      "refreshTokenSealed" = COALESCE(${seal(renewed.refreshToken)}::text, "refreshTokenSealed"),
      "refreshTokenExpiresAt" = COALESCE(${timestamp(renewed.refreshTokenExpiresAt)}::timestamp(3), "refreshTokenExpiresAt"),
      "tokenExpiresAt" = ${timestamp(renewed.tokenExpiresAt)}::timestamp(3),
      "tokenIssuedAt" = ${timestamp(now)}::timestamp(3),
      "refreshDueAt" = ${timestamp(dueAt)}::timestamp(3),
      "status" = 'CONNECTED', "lastRefreshedAt" = ${timestamp(now)}::timestamp(3), "refreshCount" = "refreshCount" + 1,
      "lastError" = NULL, "lastErrorAt" = NULL, "leaseId" = NULL, "leaseUntil" = NULL, "updatedAt" = ${timestamp(new Date())}::timestamp(3)
    WHERE "id" = ${account.id} AND "leaseId" = ${leaseId}`;
}

/**
 * Renews an account's token when due (or at once with `force`, the "Refresh now" button).
 * Single flight: the account's lease is taken first and the credentials read after it, and the
 * new ones are stored in the same update that releases it.
 * @throws RetryableSocialError on 5xx, timeouts and rate limits (the account stays connected)
 */
export async function refreshSocialAccount(
  accountId: string,
  options: { now?: Date; force?: boolean } = {},
): Promise<RefreshOutcome> {
  const now = options.now ?? new Date();
  const leased = await takeAccountLease(accountId);
  if (leased === null) return { result: "busy" };
  const { account, leaseId } = leased;
  const release = () => db.socialAccount.updateMany({ where: { id: account.id, leaseId }, data: LEASE_RELEASED });

  if (account.status === "DISCONNECTED" || (account.status === "NEEDS_RECONNECT" && !options.force)) {
    await release();
    return { result: "not_connected" };
  }
  if (account.tokenExpiresAt === null) {
    await release();
    return { result: "never_expires" };
  }
  if (!options.force && (account.refreshDueAt === null || account.refreshDueAt > now)) {
    await release();
    return { result: "not_due" };
  }

  if (account.platform === "INSTAGRAM_LOGIN" && !instagramTokenRefreshable(account, now)) {
    // Instagram refuses tokens younger than 24 h (or expired ones); asking would only fail.
    await release();
    return { result: "too_young" };
  }

  let renewed: RenewedCredentials;
  try {
    renewed = await renewAtProvider(account, now);
  } catch (error) {
    return recordCredentialFailure(account, leaseId, error, now);
  }

  const stored = storeRenewed(account, leaseId, renewed, now);
  if (leased.hasOpenAlert) {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw(stored);
      await resolveAlert(tx, SOCIAL_ALERT_KINDS.needsReconnect, account.id);
      await resolveAlert(tx, SOCIAL_ALERT_KINDS.tokenExpiring, account.id);
    });
  } else {
    // The common case (thousands a day): one statement on the pool, no alert to end.
    await sqlQueryPrepared(stored);
  }
  return { result: "refreshed", tokenExpiresAt: renewed.tokenExpiresAt };
}
