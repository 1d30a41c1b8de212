import type { SeededRandom } from "../../core/seeded-random";
import type { GhlStore, StoredToken, UserType } from "./ghl-store";
import { ACCESS_TOKEN_LIFETIME_SECONDS, REFRESH_TOKEN_LIFETIME_SECONDS } from "./sandbox-agency";
import { newOpaqueSecret } from "./sandbox-ids";

/** Whom and what a token grants access to. */
export type TokenSubject = {
  userType: UserType;
  companyId: string;
  locationId: string | null;
  userId: string;
  scope: string;
};

export type TokenStatus = "active" | "expired" | "revoked" | "spent";

export function tokenStatus(token: StoredToken, now: Date): TokenStatus {
  if (token.revoked) return "revoked";
  if (token.spent) return "spent";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

function issueToken(
  store: GhlStore,
  random: SeededRandom,
  subject: TokenSubject,
  kind: StoredToken["kind"],
  now: Date,
): StoredToken {
  const lifetimeSeconds = kind === "access" ? ACCESS_TOKEN_LIFETIME_SECONDS : REFRESH_TOKEN_LIFETIME_SECONDS;
  const token: StoredToken = {
    ...subject,
    id: store.nextTokenId(),
    value: newOpaqueSecret(random, kind === "access" ? "sbx-ghl-at-" : "sbx-ghl-rt-"),
    kind,
    issuedAt: now,
    expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000),
    revoked: false,
    spent: false,
  };
  store.tokens.set(token.value, token);
  return token;
}

export function issueAccessToken(store: GhlStore, random: SeededRandom, subject: TokenSubject, now: Date): StoredToken {
  return issueToken(store, random, subject, "access", now);
}

export function issueTokenPair(
  store: GhlStore,
  random: SeededRandom,
  subject: TokenSubject,
  now: Date,
): { access: StoredToken; refresh: StoredToken } {
  return {
    access: issueToken(store, random, subject, "access", now),
    refresh: issueToken(store, random, subject, "refresh", now),
  };
}

/** `POST /oauth/token` and `/oauth/locationToken` answer bodies; a location token has no refresh token. */
export function tokenResponseBody(access: StoredToken, refresh?: StoredToken): Record<string, unknown> {
  return {
    access_token: access.value,
    token_type: "Bearer",
    expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
    ...(refresh === undefined ? {} : { refresh_token: refresh.value, refreshTokenId: refresh.id }),
    scope: access.scope,
    userType: access.userType,
    companyId: access.companyId,
    ...(access.locationId === null ? {} : { locationId: access.locationId }),
    userId: access.userId,
    isBulkInstallation: false,
  };
}
