import type { SeededRandom } from "../../core/seeded-random";
import { issueTokenPair, type TokenResponseBody } from "./issue-tokens";
import { verifierMatchesChallenge } from "./pkce";
import type { OAuthErrorCode } from "./tiktok-bodies";
import { tokenStatus, type TikTokStore } from "./tiktok-store";

export type GrantOutcome =
  | { ok: true; body: TokenResponseBody }
  | { ok: false; error: OAuthErrorCode; description: string };

export type GrantContext = { store: TikTokStore; nowMs: number; random: SeededRandom };

type Form = Readonly<Record<string, string>>;

const refuse = (error: OAuthErrorCode, description: string): GrantOutcome => ({ ok: false, error, description });

/** `grant_type=authorization_code`: a live, unused code, the same redirect URI, and the PKCE verifier when a challenge was sent. */
export function grantFromAuthorizationCode(form: Form, { store, nowMs, random }: GrantContext): GrantOutcome {
  const { code: codeValue, redirect_uri: redirectUri, code_verifier: codeVerifier } = form;
  if (codeValue === undefined || redirectUri === undefined) {
    return refuse("invalid_request", "code and redirect_uri are required.");
  }
  const code = store.code(codeValue);
  if (code === undefined || code.used || nowMs >= code.expiresAtMs || code.authorization.revoked) {
    return refuse("invalid_grant", "Authorization code is expired or invalid.");
  }
  if (code.redirectUri !== redirectUri) {
    return refuse("invalid_grant", "redirect_uri does not match the one of the authorization request.");
  }
  if (code.codeChallenge !== null && (codeVerifier === undefined || !verifierMatchesChallenge(codeVerifier, code.codeChallenge))) {
    return refuse("invalid_request", "Code verifier or code challenge is invalid.");
  }
  code.used = true;
  return { ok: true, body: issueTokenPair(store, code.authorization, nowMs, random) };
}

/** `grant_type=refresh_token`: a live refresh token buys a new pair and dies (rotation). */
export function grantFromRefreshToken(form: Form, { store, nowMs, random }: GrantContext): GrantOutcome {
  const refreshTokenValue = form.refresh_token;
  if (refreshTokenValue === undefined) return refuse("invalid_request", "refresh_token is required.");
  const refreshToken = store.token(refreshTokenValue);
  if (refreshToken === undefined || refreshToken.kind !== "refresh" || tokenStatus(refreshToken, nowMs) !== "live") {
    if (refreshToken !== undefined && tokenStatus(refreshToken, nowMs) === "rotated") store.counters.rotatedRefreshTokenReuses++;
    return refuse("invalid_grant", "Refresh token is invalid or expired.");
  }
  refreshToken.rotated = true;
  store.counters.refreshGrants++;
  return { ok: true, body: issueTokenPair(store, refreshToken.authorization, nowMs, random) };
}
