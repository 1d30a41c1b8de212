import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto";
import type { SocialAccount } from "@/lib/generated/prisma/client";
import { facebookClient, instagramClient, tiktokClient } from "@/lib/providers/app-clients";
import { ProviderError } from "@/lib/providers/core";
import { resolveAlert } from "@/lib/alerts";
import { LEASE_RELEASED, takeAccountLease } from "./account-lease";
import { recordCredentialFailure, type FailureOutcome } from "./credential-failures";
import { SOCIAL_ALERT_KINDS } from "./social-alerts";
import { TIKTOK_PROFILE_FIELDS } from "./tiktok-callback";

export type ValidationOutcome =
  | { result: "valid"; followersCount: number | null }
  | { result: "busy" | "not_connected" | "access_token_expired" }
  | FailureOutcome;

type ProviderView = { followersCount: number | null; name?: string; pictureUrl?: string | null; scopes?: string[] };

/** Asks the provider whether the credentials still work, and reads the profile while at it. */
async function checkAtProvider(account: SocialAccount): Promise<ProviderView> {
  const context = { companyId: account.companyId };
  const accessToken = decryptSecret(account.accessTokenSealed);
  switch (account.platform) {
    case "FACEBOOK_PAGE":
    case "INSTAGRAM_FACEBOOK": {
      const facebook = facebookClient();
      const info = await facebook.debugToken(accessToken, context);
      if (!info.isValid) {
        // debug_token answers 200 with is_valid=false: the same meaning as a 190 on a call.
        throw new ProviderError({
          kind: "auth",
          provider: "facebook",
          action: "debug_token",
          providerCode: "190",
          message: `Facebook must be reconnected: ${info.invalidReason ?? "the access token is invalid"}`,
        });
      }
      if (account.platform === "FACEBOOK_PAGE") {
        const page = await facebook.getPageProfile(account.externalId, accessToken, context);
        return { followersCount: page.followersCount, name: page.name, scopes: info.scopes };
      }
      const profile = await facebook.getInstagramProfile(account.externalId, accessToken, context);
      return {
        followersCount: profile.followersCount,
        name: profile.name ?? profile.username,
        pictureUrl: profile.profilePictureUrl,
        scopes: info.scopes,
      };
    }
    case "INSTAGRAM_LOGIN": {
      const profile = await instagramClient().getProfile(accessToken, context);
      return { followersCount: profile.followersCount, name: profile.name ?? profile.username, pictureUrl: profile.profilePictureUrl };
    }
    case "TIKTOK": {
      const user = await tiktokClient().getTikTokUserInfo(accessToken, TIKTOK_PROFILE_FIELDS, context);
      return { followersCount: user.followerCount ?? null, name: user.displayName, pictureUrl: user.avatarUrl ?? null };
    }
  }
}

/**
 * Validates an account's credentials at the provider (`debug_token` for Meta, the profile for
 * Instagram Login and TikTok) and refreshes its name, picture and followers. A revoked token
 * marks it "needs reconnect" with an alert; a working one clears a previous "needs reconnect".
 * @throws RetryableSocialError on 5xx, timeouts and rate limits
 */
export async function validateSocialAccount(accountId: string, options: { now?: Date } = {}): Promise<ValidationOutcome> {
  const now = options.now ?? new Date();
  const leased = await takeAccountLease(accountId);
  if (leased === null) return { result: "busy" };
  const { account, leaseId } = leased;
  const release = () => db.socialAccount.updateMany({ where: { id: account.id, leaseId }, data: LEASE_RELEASED });
  if (account.status === "DISCONNECTED") {
    await release();
    return { result: "not_connected" };
  }
  if (account.platform === "TIKTOK" && account.tokenExpiresAt !== null && account.tokenExpiresAt <= now) {
    // An expired access token says nothing about the authorization: the refresh decides.
    await release();
    return { result: "access_token_expired" };
  }

  let view: ProviderView;
  try {
    view = await checkAtProvider(account);
  } catch (error) {
    return recordCredentialFailure(account, leaseId, error, now);
  }
  await db.$transaction(async (tx) => {
    await tx.socialAccount.updateMany({
      where: { id: account.id, leaseId },
      data: {
        status: "CONNECTED",
        lastValidatedAt: now,
        lastError: null,
        lastErrorAt: null,
        ...(view.followersCount === null ? {} : { followersCount: view.followersCount }),
        ...(view.name ? { name: view.name } : {}),
        ...(view.pictureUrl ? { pictureUrl: view.pictureUrl } : {}),
        ...(view.scopes && view.scopes.length > 0 ? { scopes: view.scopes } : {}),
        ...LEASE_RELEASED,
      },
    });
    await resolveAlert(tx, SOCIAL_ALERT_KINDS.needsReconnect, account.id);
  });
  return { result: "valid", followersCount: view.followersCount };
}
