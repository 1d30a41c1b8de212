import type { SeededRandom } from "../../core/seeded-random";
import { REFRESH_TOKEN_LIFETIME_SECONDS } from "./sandbox-app";
import type { Authorization, TikTokStore, TokenKind } from "./tiktok-store";

/** `POST /v2/oauth/token/` success body. */
export type TokenResponseBody = {
  access_token: string;
  expires_in: number;
  open_id: string;
  refresh_expires_in: number;
  refresh_token: string;
  scope: string;
  token_type: "Bearer";
};

const PREFIX: Record<TokenKind, string> = { access: "act.", refresh: "rft." };

function newTokenValue(kind: TokenKind, random: SeededRandom): string {
  return `${PREFIX[kind]}${random.uuid().replaceAll("-", "")}${random.uuid().replaceAll("-", "")}`;
}

/** Mints a fresh access and refresh token for an authorization, with TikTok's lifetimes. */
export function issueTokenPair(
  store: TikTokStore,
  authorization: Authorization,
  nowMs: number,
  random: SeededRandom,
): TokenResponseBody {
  const issue = (kind: TokenKind, lifetimeSeconds: number): string => {
    const value = newTokenValue(kind, random);
    store.addToken({
      value,
      kind,
      authorization,
      issuedAtMs: nowMs,
      expiresAtMs: nowMs + lifetimeSeconds * 1000,
      rotated: false,
    });
    return value;
  };
  return {
    access_token: issue("access", store.accessTokenLifetimeSeconds),
    expires_in: store.accessTokenLifetimeSeconds,
    open_id: authorization.openId,
    refresh_token: issue("refresh", REFRESH_TOKEN_LIFETIME_SECONDS),
    refresh_expires_in: REFRESH_TOKEN_LIFETIME_SECONDS,
    scope: authorization.scopes.join(","),
    token_type: "Bearer",
  };
}
