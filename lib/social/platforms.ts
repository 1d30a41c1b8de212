import type { SocialAccountStatus, SocialOAuthFlow, SocialPlatform } from "@/lib/generated/prisma/client";

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** TikTok access tokens live 24 h: renew when less than 2 h are left. */
export const TIKTOK_REFRESH_BEFORE_EXPIRY_MS = 2 * HOUR_MS;
/** Meta's 60-day tokens are renewed when less than 10 days are left. */
export const META_REFRESH_BEFORE_EXPIRY_MS = 10 * DAY_MS;
/** Instagram refuses to refresh a token younger than 24 h. */
export const INSTAGRAM_MIN_TOKEN_AGE_MS = DAY_MS;
/** Within this of expiry, an account is shown (and alerted) as expiring. */
export const EXPIRING_SOON_MS = 3 * DAY_MS;

export const PLATFORM_LABELS: Record<SocialPlatform, string> = {
  FACEBOOK_PAGE: "Facebook Page",
  INSTAGRAM_FACEBOOK: "Instagram (via Facebook)",
  INSTAGRAM_LOGIN: "Instagram (Instagram Login)",
  TIKTOK: "TikTok",
};

/** The OAuth flow that (re)connects an account of this platform. */
export const FLOW_OF_PLATFORM: Record<SocialPlatform, SocialOAuthFlow> = {
  FACEBOOK_PAGE: "FACEBOOK",
  INSTAGRAM_FACEBOOK: "FACEBOOK",
  INSTAGRAM_LOGIN: "INSTAGRAM",
  TIKTOK: "TIKTOK",
};

export const FLOW_LABELS: Record<SocialOAuthFlow, string> = {
  FACEBOOK: "Facebook",
  INSTAGRAM: "Instagram",
  TIKTOK: "TikTok",
};

type RenewableToken = { platform: SocialPlatform; tokenExpiresAt: Date | null; tokenIssuedAt: Date };

/**
 * When the scheduled refresh should renew the token: TikTok 2 h before expiry, Meta user
 * tokens 10 days before, Instagram Login tokens 10 days before but never before they are 24 h
 * old. Null when the token never expires.
 */
export function refreshDueAt(token: RenewableToken): Date | null {
  if (token.tokenExpiresAt === null) return null;
  const expiresMs = token.tokenExpiresAt.getTime();
  switch (token.platform) {
    case "TIKTOK":
      return new Date(expiresMs - TIKTOK_REFRESH_BEFORE_EXPIRY_MS);
    case "FACEBOOK_PAGE":
    case "INSTAGRAM_FACEBOOK":
      return new Date(expiresMs - META_REFRESH_BEFORE_EXPIRY_MS);
    case "INSTAGRAM_LOGIN":
      return new Date(Math.max(expiresMs - META_REFRESH_BEFORE_EXPIRY_MS, token.tokenIssuedAt.getTime() + INSTAGRAM_MIN_TOKEN_AGE_MS));
  }
}

/** Whether Instagram would accept a refresh now (≥ 24 h old, not expired). */
export function instagramTokenRefreshable(token: { tokenIssuedAt: Date; tokenExpiresAt: Date | null }, now: Date): boolean {
  const oldEnough = now.getTime() - token.tokenIssuedAt.getTime() >= INSTAGRAM_MIN_TOKEN_AGE_MS;
  return oldEnough && (token.tokenExpiresAt === null || token.tokenExpiresAt > now);
}

export type DisplayStatus = "connected" | "expiring" | "needs_reconnect" | "disconnected";

type AccessWindow = { platform: SocialPlatform; tokenExpiresAt: Date | null; refreshTokenExpiresAt: Date | null };

/**
 * When access ends unless someone re-authorizes: the refresh token's expiry for TikTok (its
 * access token is renewed every day), the token's expiry otherwise; null = never.
 */
export function accessEndsAt(account: AccessWindow): Date | null {
  return account.platform === "TIKTOK" ? account.refreshTokenExpiresAt : account.tokenExpiresAt;
}

/** The badge: "expiring" is a connected account whose access ends within EXPIRING_SOON_MS. */
export function displayStatus(account: AccessWindow & { status: SocialAccountStatus }, now: Date): DisplayStatus {
  if (account.status === "DISCONNECTED") return "disconnected";
  if (account.status === "NEEDS_RECONNECT") return "needs_reconnect";
  const endsAt = accessEndsAt(account);
  if (endsAt !== null && endsAt.getTime() - now.getTime() < EXPIRING_SOON_MS) return "expiring";
  return "connected";
}
