import { ACCESS_TOKEN_LIFETIME_SECONDS } from "./sandbox-app";
import type { TikTokScope } from "./scopes";

/** One consent given by one account to the app; revoking it kills every token it produced. */
export type Authorization = {
  openId: string;
  scopes: readonly TikTokScope[];
  revoked: boolean;
};

export type AuthorizationCode = {
  code: string;
  authorization: Authorization;
  redirectUri: string;
  /** S256 challenge sent to the consent page, or null when the app sent none. */
  codeChallenge: string | null;
  expiresAtMs: number;
  used: boolean;
};

export type TokenKind = "access" | "refresh";

export type IssuedToken = {
  value: string;
  kind: TokenKind;
  authorization: Authorization;
  issuedAtMs: number;
  expiresAtMs: number;
  /** A refresh token that has been exchanged once; TikTok's rotation makes it useless. */
  rotated: boolean;
};

export type TokenStatus = "live" | "expired" | "revoked" | "rotated";

export function tokenStatus(token: IssuedToken, nowMs: number): TokenStatus {
  if (token.authorization.revoked) return "revoked";
  if (token.rotated) return "rotated";
  return nowMs >= token.expiresAtMs ? "expired" : "live";
}

/** Withdraws a consent; returns whether it was still in force. */
export function revokeAuthorization(authorization: Authorization): boolean {
  const wasInForce = !authorization.revoked;
  authorization.revoked = true;
  return wasInForce;
}

/** What tests and the benchmark read: refreshes granted, and refused reuses of a rotated refresh token. */
export type TikTokCounters = { refreshGrants: number; rotatedRefreshTokenReuses: number };

/** The simulated TikTok authorization server's memory. */
export class TikTokStore {
  counters: TikTokCounters = { refreshGrants: 0, rotatedRefreshTokenReuses: 0 };
  /** Lifetime of access tokens issued from now on (TikTok's is 24 h); tests shorten it to see renewals. */
  accessTokenLifetimeSeconds = ACCESS_TOKEN_LIFETIME_SECONDS;
  #authorizations: Authorization[] = [];
  #codes = new Map<string, AuthorizationCode>();
  #tokens = new Map<string, IssuedToken>();

  addAuthorization(authorization: Authorization): void {
    this.#authorizations.push(authorization);
  }

  addCode(code: AuthorizationCode): void {
    this.#codes.set(code.code, code);
  }

  code(value: string): AuthorizationCode | undefined {
    return this.#codes.get(value);
  }

  addToken(token: IssuedToken): void {
    this.#tokens.set(token.value, token);
  }

  token(value: string): IssuedToken | undefined {
    return this.#tokens.get(value);
  }

  tokens(): IssuedToken[] {
    return [...this.#tokens.values()];
  }

  /** The account withdraws every consent it gave; returns how many were still in force. */
  revokeAuthorizationsOf(openId: string): number {
    const ofAccount = this.#authorizations.filter((authorization) => authorization.openId === openId);
    return ofAccount.filter(revokeAuthorization).length;
  }

  clear(): void {
    this.counters = { refreshGrants: 0, rotatedRefreshTokenReuses: 0 };
    this.accessTokenLifetimeSeconds = ACCESS_TOKEN_LIFETIME_SECONDS;
    this.#authorizations = [];
    this.#codes.clear();
    this.#tokens.clear();
  }
}
