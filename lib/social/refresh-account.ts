import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import type { Prisma, SocialAccount } from "@/lib/generated/prisma/client";
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

  const tokenIssuedAt = now;
  const stored = (tx: Prisma.TransactionClient | typeof db) =>
    tx.socialAccount.updateMany({
      where: { id: account.id, leaseId },
      data: {
        ...(renewed.accessToken ? { accessTokenSealed: encryptSecret(renewed.accessToken) } : {}),
        ...(renewed.userToken ? { userTokenSealed: encryptSecret(renewed.userToken) } : {}),
        ...(renewed.refreshToken ? { refreshTokenSealed: encryptSecret(renewed.refreshToken) } : {}),
        ...(renewed.refreshTokenExpiresAt ? { refreshTokenExpiresAt: renewed.refreshTokenExpiresAt } : {}),
        tokenExpiresAt: renewed.tokenExpiresAt,
        tokenIssuedAt,
        refreshDueAt: refreshDueAt({ platform: account.platform, tokenExpiresAt: renewed.tokenExpiresAt, tokenIssuedAt }),
        status: "CONNECTED",
        lastRefreshedAt: now,
        refreshCount: { increment: 1 },
        lastError: null,
        lastErrorAt: null,
        ...LEASE_RELEASED,
      },
    });
  if (leased.hasOpenAlert) {
    await db.$transaction(async (tx) => {
      await stored(tx);
      await resolveAlert(tx, SOCIAL_ALERT_KINDS.needsReconnect, account.id);
      await resolveAlert(tx, SOCIAL_ALERT_KINDS.tokenExpiring, account.id);
    });
  } else {
    // The common case (thousands a day): one statement, no alert to end.
    await stored(db);
  }
  return { result: "refreshed", tokenExpiresAt: renewed.tokenExpiresAt };
}
