import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto";
import { tiktokClient } from "@/lib/providers/app-clients";
import type { TikTokUserField } from "@/lib/providers/tiktok";
import { CallbackProblemError } from "./callback-problems";
import type { CallbackInput, CallbackResult } from "./callback-result";
import { callbackUrl, REQUIRED_SCOPES } from "./oauth-redirects";
import { consumeOAuthState } from "./oauth-state";
import { duringCallback, missingScopes, refusedByUser } from "./provider-failures";
import { spendReconnectLink, usableReconnectLink } from "./reconnect-link-use";
import { saveConnectedAccount } from "./save-account";

/** What the console shows of a TikTok account (all within user.info.basic and user.info.stats). */
export const TIKTOK_PROFILE_FIELDS: readonly TikTokUserField[] = ["display_name", "avatar_url", "follower_count"];

/**
 * TikTok's redirect back: state (with the PKCE verifier), code → tokens (the refresh token as
 * returned), user info; saves the account (or renews the reconnect link's account).
 * @throws CallbackProblemError
 */
export async function completeTikTokCallback({ params, sessionUserId, now = new Date() }: CallbackInput): Promise<CallbackResult> {
  const state = await consumeOAuthState(params.get("state"), "TIKTOK", sessionUserId, now).catch((error: unknown) => {
    throw refusedByUser(params) ? new CallbackProblemError("denied") : error;
  });
  if (refusedByUser(params)) throw new CallbackProblemError("denied");
  const link = state.reconnectLinkId === null ? null : await usableReconnectLink(state.reconnectLinkId, now);
  const code = params.get("code");
  if (code === null || code.length === 0 || state.codeVerifierSealed === null) throw new CallbackProblemError("code_rejected");

  const client = await duringCallback(async () => tiktokClient());
  const context = { companyId: state.companyId };
  const codeVerifier = decryptSecret(state.codeVerifierSealed);
  const tokens = await duringCallback(() =>
    client.exchangeTikTokCode({ code, redirectUri: callbackUrl("TIKTOK"), codeVerifier }, context),
  );
  const missing = missingScopes(tokens.scopes, REQUIRED_SCOPES.TIKTOK);
  if (missing.length > 0) throw new CallbackProblemError("permissions_missing", missing.join(", "));
  if (link !== null && link.account.externalId !== tokens.openId) throw new CallbackProblemError("wrong_account");
  const user = await duringCallback(() => client.getTikTokUserInfo(tokens.accessToken, TIKTOK_PROFILE_FIELDS, context));

  const account = {
    companyId: state.companyId,
    platform: "TIKTOK" as const,
    externalId: tokens.openId,
    name: user.displayName ?? tokens.openId,
    pictureUrl: user.avatarUrl ?? null,
    followersCount: user.followerCount ?? null,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    tokenExpiresAt: tokens.expiresAt,
    tokenIssuedAt: now,
    refreshTokenExpiresAt: tokens.refreshExpiresAt,
    scopes: tokens.scopes,
  };
  const accountId = await db.$transaction(async (tx) => {
    if (link !== null) await spendReconnectLink(tx, link.id, now);
    return saveConnectedAccount(tx, account, now);
  });
  return { kind: "connected", companyId: state.companyId, accountIds: [accountId], viaReconnectLink: link !== null };
}
