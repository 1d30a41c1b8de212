import { createHash, randomBytes } from "node:crypto";
import { resolveAlert } from "@/lib/alerts";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ghlClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core/provider-error";
import type { GhlTokenSet } from "@/lib/providers/ghl";
import { AGENCY_CONNECTION_ID } from "./connection-row";
import { forgetLocationTokens } from "./ghl-calls";
import { NEEDS_RECONNECT_ALERT } from "./token-manager";

const STATE_LIFETIME_MS = 10 * 60_000;

function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

export function ghlRedirectUri(): string {
  return new URL("/oauth/ghl/callback", env().APP_URL).toString();
}

export type ConnectStart = {
  authorizationUrl: string;
  /** Goes into an httpOnly cookie: the callback must come back to the browser that started. */
  browserSecret: string;
  expiresAt: Date;
};

/**
 * Starts the agency install: a random single-use `state` (stored hashed, 10 minutes) bound to
 * this admin and to a secret kept in their browser's cookie.
 */
export async function startGhlConnect(userId: string, now: Date = new Date()): Promise<ConnectStart> {
  const client = ghlClient();
  const state = randomToken();
  const browserSecret = randomToken();
  const expiresAt = new Date(now.getTime() + STATE_LIFETIME_MS);
  await db.$transaction([
    db.ghlOAuthState.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.ghlOAuthState.create({ data: { stateHash: sha256(state), browserHash: sha256(browserSecret), userId, expiresAt } }),
  ]);
  return { authorizationUrl: client.buildGhlAuthorizationUrl({ state, redirectUri: ghlRedirectUri() }), browserSecret, expiresAt };
}

export type ConnectFailure =
  | "denied"
  | "missing_parameters"
  | "unknown_state"
  | "expired_state"
  | "used_state"
  | "other_browser"
  | "wrong_account_type"
  | "missing_scopes"
  | "exchange_failed";

export type ConnectOutcome = { ok: true; ghlCompanyId: string } | { ok: false; failure: ConnectFailure; detail?: string };

export type CallbackInput = {
  state: string | undefined;
  code: string | undefined;
  /** GoHighLevel's `error` parameter (e.g. access_denied). */
  error: string | undefined;
  browserSecret: string | undefined;
  userId: string;
};

/** Spends the state once: whatever happens next, this state cannot be used again. */
async function spendState(input: CallbackInput, now: Date): Promise<ConnectFailure | null> {
  if (input.state === undefined) return "missing_parameters";
  const stateHash = sha256(input.state);
  const stored = await db.ghlOAuthState.findUnique({ where: { stateHash } });
  if (stored === null) return "unknown_state";
  if (stored.usedAt !== null) return "used_state";
  if (stored.expiresAt <= now) return "expired_state";
  if (input.browserSecret === undefined || sha256(input.browserSecret) !== stored.browserHash || stored.userId !== input.userId) {
    return "other_browser";
  }
  const { count } = await db.ghlOAuthState.updateMany({ where: { stateHash, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? null : "used_state";
}

function missingScopes(granted: GhlTokenSet): string[] {
  const grantedScopes = new Set(granted.scope.split(/\s+/).filter(Boolean));
  return ghlClient().requiredScopes.filter((scope) => !grantedScopes.has(scope));
}

/**
 * The OAuth callback: checks the state, exchanges the code and stores the agency tokens
 * sealed. Every failure comes back as a reason the callback page explains in words.
 */
export async function completeGhlConnect(input: CallbackInput, now: Date = new Date()): Promise<ConnectOutcome> {
  const stateProblem = await spendState(input, now);
  if (stateProblem !== null) return { ok: false, failure: stateProblem };
  if (input.error !== undefined) return { ok: false, failure: "denied" };
  if (input.code === undefined) return { ok: false, failure: "missing_parameters" };

  let tokens: GhlTokenSet;
  try {
    tokens = await ghlClient().exchangeGhlCode({ code: input.code, redirectUri: ghlRedirectUri(), userType: "Company" });
  } catch (error) {
    if (!isProviderError(error)) throw error;
    if (/user_type/i.test(error.message)) return { ok: false, failure: "wrong_account_type" };
    return { ok: false, failure: "exchange_failed", detail: error.message };
  }
  if (tokens.userType !== "Company" || tokens.companyId === undefined) return { ok: false, failure: "wrong_account_type" };
  const missing = missingScopes(tokens);
  if (missing.length > 0) return { ok: false, failure: "missing_scopes", detail: missing.join(", ") };

  await saveConnection(tokens, tokens.companyId, now);
  return { ok: true, ghlCompanyId: tokens.companyId };
}

async function saveConnection(tokens: GhlTokenSet, ghlCompanyId: string, now: Date): Promise<void> {
  const sealed = {
    ghlCompanyId,
    ghlUserId: tokens.userId ?? null,
    scopes: tokens.scope,
    accessToken: encryptSecret(tokens.accessToken),
    refreshToken: encryptSecret(tokens.refreshToken),
    accessTokenExpiresAt: tokens.expiresAt,
    state: "CONNECTED" as const,
    refreshClaimId: null,
    refreshClaimedAt: null,
    lastRefreshedAt: null,
    consecutiveFailures: 0,
    lastError: null,
    lastErrorAt: null,
    retryNotBefore: null,
    connectedAt: now,
  };
  await db.$transaction(async (tx) => {
    await tx.ghlConnection.upsert({
      where: { id: AGENCY_CONNECTION_ID },
      create: { id: AGENCY_CONNECTION_ID, ...sealed },
      update: { ...sealed, version: { increment: 1 } },
    });
    await resolveAlert(tx, NEEDS_RECONNECT_ALERT, AGENCY_CONNECTION_ID);
  });
  forgetLocationTokens();
}

/** Forgets the agency tokens (GoHighLevel keeps the app installed until removed there). */
export async function disconnectGhl(): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.ghlConnection.deleteMany({ where: { id: AGENCY_CONNECTION_ID } });
    await resolveAlert(tx, NEEDS_RECONNECT_ALERT, AGENCY_CONNECTION_ID);
  });
  forgetLocationTokens();
}
