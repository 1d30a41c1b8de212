import { db } from "@/lib/db";
import { instagramClient } from "@/lib/providers/app-clients";
import { CallbackProblemError } from "./callback-problems";
import type { CallbackInput, CallbackResult } from "./callback-result";
import { callbackUrl, REQUIRED_SCOPES } from "./oauth-redirects";
import { consumeOAuthState } from "./oauth-state";
import { duringCallback, missingScopes, refusedByUser } from "./provider-failures";
import { spendReconnectLink, usableReconnectLink } from "./reconnect-link-use";
import { saveConnectedAccount } from "./save-account";

/** Instagram Login works for professional accounts only. */
const PROFESSIONAL_ACCOUNT_TYPES = new Set(["BUSINESS", "MEDIA_CREATOR"]);

/**
 * Instagram Login's redirect back: state, code → short-lived → 60-day token, the profile; saves
 * the account (or renews the reconnect link's account).
 * @throws CallbackProblemError
 */
export async function completeInstagramCallback({ params, sessionUserId, now = new Date() }: CallbackInput): Promise<CallbackResult> {
  const state = await consumeOAuthState(params.get("state"), "INSTAGRAM", sessionUserId, now).catch((error: unknown) => {
    throw refusedByUser(params) ? new CallbackProblemError("denied") : error;
  });
  if (refusedByUser(params)) throw new CallbackProblemError("denied");
  const link = state.reconnectLinkId === null ? null : await usableReconnectLink(state.reconnectLinkId, now);
  const code = params.get("code");
  if (code === null || code.length === 0) throw new CallbackProblemError("code_rejected");

  const client = await duringCallback(async () => instagramClient());
  const context = { companyId: state.companyId };
  const login = await duringCallback(() => client.exchangeInstagramCode({ code, redirectUri: callbackUrl("INSTAGRAM") }, context));
  const missing = missingScopes(login.scopes, REQUIRED_SCOPES.INSTAGRAM);
  if (missing.length > 0) throw new CallbackProblemError("permissions_missing", missing.join(", "));
  const longLived = await duringCallback(() => client.exchangeForLongLivedToken(login.accessToken, context));
  const profile = await duringCallback(() => client.getProfile(longLived.accessToken, context));
  if (!PROFESSIONAL_ACCOUNT_TYPES.has(profile.accountType ?? "BUSINESS")) throw new CallbackProblemError("wrong_account_type");
  if (link !== null && link.account.externalId !== profile.userId) throw new CallbackProblemError("wrong_account");

  const account = {
    companyId: state.companyId,
    platform: "INSTAGRAM_LOGIN" as const,
    externalId: profile.userId,
    name: profile.name ?? profile.username,
    username: profile.username,
    pictureUrl: profile.profilePictureUrl,
    followersCount: profile.followersCount,
    accessToken: longLived.accessToken,
    tokenExpiresAt: longLived.expiresInSeconds === null ? null : new Date(now.getTime() + longLived.expiresInSeconds * 1000),
    tokenIssuedAt: now,
    scopes: login.scopes,
  };
  const accountId = await db.$transaction(async (tx) => {
    if (link !== null) await spendReconnectLink(tx, link.id, now);
    return saveConnectedAccount(tx, account, now);
  });
  return { kind: "connected", companyId: state.companyId, accountIds: [accountId], viaReconnectLink: link !== null };
}
