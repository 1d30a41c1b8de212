import { randomUUID } from "node:crypto";
import { openAlert } from "@/lib/alerts";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { readRows, sqlQuery } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ghlClient } from "@/lib/providers/app-clients";
import { isProviderError, type ProviderError } from "@/lib/providers/core/provider-error";
import type { GhlClient, GhlTokenSet } from "@/lib/providers/ghl";
import { AGENCY_CONNECTION_ID, type ConnectionRow, readConnectionRow, readConnectionRowCoalesced } from "./connection-row";
import { GhlNeedsReconnectError, GhlNotConnectedError, GhlTokenUnavailableError } from "./errors";
import { CONNECTION_CHANGED_CHANNEL, watchConnectionChanges } from "./connection-changes";
import { REFRESH_CLAIM_TIMEOUT_MS, backoffAfter, isComfortablyValid } from "./refresh-timing";

export type AgencyToken = { accessToken: string; ghlCompanyId: string; expiresAt: Date };

export const NEEDS_RECONNECT_ALERT = "ghl.needs_reconnect";

/**
 * Why a refresh is asked for, which decides whether one happens:
 * - `ahead`: a caller found the token close to expiry; refreshes unless someone just did.
 * - `unauthorized`: GoHighLevel answered 401 to `staleAccessToken`; refreshes unless the stored token is already another.
 * - `scheduled` (the cron) and `manual` ("Refresh now"): may also reconcile a refresh whose answer was lost,
 *   by trying the stored refresh token once; `manual` refreshes even a fresh token.
 */
export type RefreshRequest =
  | { mode: "ahead" | "scheduled" | "manual" }
  | { mode: "unauthorized"; staleAccessToken: string };

/** A token still usable this long after a failed refresh is handed out rather than failing the call. */
const FALLBACK_SAFETY_MS = 30_000;

/**
 * The agency's access token. With a token comfortably valid this is one database round trip
 * and no provider call; near expiry it refreshes first, once across every process.
 *
 * @throws GhlNotConnectedError | GhlNeedsReconnectError | GhlTokenUnavailableError
 */
export async function getAgencyToken(now: Date = new Date()): Promise<AgencyToken> {
  const row = await readConnectionRowCoalesced();
  if (row === null) throw new GhlNotConnectedError();
  if (row.state !== "NEEDS_RECONNECT" && isComfortablyValid(row.accessTokenExpiresAt, now)) return openToken(row);
  return refreshAgencyToken({ mode: "ahead" }, row);
}

const inFlight = new Map<string, Promise<AgencyToken>>();

/**
 * Refreshes the agency token single-flight: callers in this process share one attempt, and
 * across processes a compare-and-set claim on the row lets exactly one refresh while the
 * others wait for its result and read it from the row.
 */
export function refreshAgencyToken(request: RefreshRequest, justRead?: ConnectionRow): Promise<AgencyToken> {
  const key = request.mode === "unauthorized" ? `unauthorized:${request.staleAccessToken}` : request.mode;
  const existing = inFlight.get(key);
  if (existing !== undefined) return existing;
  const attempt = refreshUntilSettled(request, justRead).finally(() => inFlight.delete(key));
  inFlight.set(key, attempt);
  return attempt;
}

function openToken(row: ConnectionRow): AgencyToken {
  return { accessToken: decryptSecret(row.accessToken), ghlCompanyId: row.ghlCompanyId, expiresAt: row.accessTokenExpiresAt };
}

function wantsRefresh(row: ConnectionRow, request: RefreshRequest, now: Date): boolean {
  if (request.mode === "manual") return true;
  // The scheduled check is what reconciles a lost answer, however long the current token lasts.
  if (request.mode === "scheduled" && row.state === "REFRESH_UNCERTAIN") return true;
  if (!isComfortablyValid(row.accessTokenExpiresAt, now)) return true;
  return request.mode === "unauthorized" && decryptSecret(row.accessToken) === request.staleAccessToken;
}

/** The current token when it still works for a while, otherwise the reason there is none. */
function tokenDespiteFailure(row: ConnectionRow, now: Date, message: string, retryAt: Date | null): AgencyToken {
  if (row.accessTokenExpiresAt.getTime() - now.getTime() > FALLBACK_SAFETY_MS) return openToken(row);
  throw new GhlTokenUnavailableError(message, retryAt);
}

const UNCERTAIN_MESSAGE =
  "GoHighLevel's answer to the last token refresh was lost, so the stored refresh token may be spent. " +
  "It is checked once by the next scheduled refresh, or now with Refresh now (Integrations → GoHighLevel).";

/**
 * `justRead`: the row the caller read a moment ago, used for the first look (a storm's first
 * claim is then one round trip sooner); every later look reads it afresh. Whatever it says,
 * the claim is a compare-and-set on its version, so a row that changed since is never acted on.
 */
async function refreshUntilSettled(request: RefreshRequest, justRead?: ConnectionRow): Promise<AgencyToken> {
  let client: GhlClient | undefined;
  let known = justRead;
  for (;;) {
    const now = new Date();
    // Watched before the read: the end of a claim seen as held below wakes the wait at once.
    const changes = watchConnectionChanges();
    try {
      const row = known ?? (await readConnectionRow());
      const readAfterWatching = known === undefined;
      known = undefined;
      if (row === null) throw new GhlNotConnectedError();
      if (row.state === "NEEDS_RECONNECT") throw new GhlNeedsReconnectError();
      if (row.refreshClaimId !== null) {
        if (now.getTime() - (row.refreshClaimedAt?.getTime() ?? 0) > REFRESH_CLAIM_TIMEOUT_MS) await abandonDeadClaim(row, now);
        // A row read before watching started may already be out of date: it is read again at once.
        else if (readAfterWatching) await changes.wait();
        continue;
      }
      if (!wantsRefresh(row, request, now)) return openToken(row);

      const mayReconcile = request.mode === "scheduled" || request.mode === "manual";
      if (row.state === "REFRESH_UNCERTAIN" && !mayReconcile) return tokenDespiteFailure(row, now, UNCERTAIN_MESSAGE, null);
      if (request.mode !== "manual" && row.retryNotBefore !== null && row.retryNotBefore > now) {
        const message = `Refreshing the GoHighLevel token failed recently; it is tried again after ${row.retryNotBefore.toISOString()}.`;
        return tokenDespiteFailure(row, now, message, row.retryNotBefore);
      }

      client ??= ghlClient();
      const claimId = randomUUID();
      const claimed = await claimRefresh(row.version, claimId, now);
      if (claimed === null) continue;
      return refreshWithClaim(client, claimed, claimId);
    } finally {
      changes.stop();
    }
  }
}

/** Compare-and-set on `version`: succeeds only if nobody changed the row since it was read. Returns the row as claimed. */
async function claimRefresh(version: number, claimId: string, now: Date): Promise<ConnectionRow | null> {
  const rows = await readRows<ConnectionRow>(Prisma.sql`
    UPDATE "GhlConnection"
    SET "refreshClaimId" = ${claimId}, "refreshClaimedAt" = ${now.toISOString()}::timestamp(3), "version" = "version" + 1
    WHERE "id" = ${AGENCY_CONNECTION_ID} AND "version" = ${version}::int AND "refreshClaimId" IS NULL
    RETURNING "state", "version", "ghlCompanyId", "accessToken", "refreshToken", "accessTokenExpiresAt",
              "refreshClaimId", "refreshClaimedAt", "retryNotBefore"`);
  return rows[0] ?? null;
}

/** The claimant died mid-refresh: whether its refresh rotated the token is unknown, so it is never retried blindly. */
async function abandonDeadClaim(row: ConnectionRow, now: Date): Promise<void> {
  const message = "A token refresh was interrupted before its answer was saved; the refresh token may be spent.";
  await db.$executeRaw`
    WITH "released" AS (
      UPDATE "GhlConnection"
      SET "state" = 'REFRESH_UNCERTAIN', "refreshClaimId" = NULL, "refreshClaimedAt" = NULL, "version" = "version" + 1,
          "consecutiveFailures" = "consecutiveFailures" + 1, "lastError" = ${message}, "lastErrorAt" = ${now}, "updatedAt" = ${now}
      WHERE "id" = ${AGENCY_CONNECTION_ID} AND "version" = ${row.version} AND "refreshClaimId" = ${row.refreshClaimId}
      RETURNING 1)
    SELECT pg_notify(${CONNECTION_CHANGED_CHANNEL}, '') FROM "released"`;
}

async function refreshWithClaim(client: GhlClient, claimed: ConnectionRow, claimId: string): Promise<AgencyToken> {
  const reconciling = claimed.state === "REFRESH_UNCERTAIN";
  let tokens: GhlTokenSet;
  try {
    tokens = await client.refreshGhlToken({ refreshToken: decryptSecret(claimed.refreshToken), userType: "Company" });
  } catch (error) {
    return recordRefreshFailure(claimed, claimId, error, reconciling);
  }
  await saveRefreshedTokens(claimId, tokens);
  return { accessToken: tokens.accessToken, ghlCompanyId: tokens.companyId ?? claimed.ghlCompanyId, expiresAt: tokens.expiresAt };
}

/**
 * The rotated refresh token is saved in the same statement as the access token. The claim
 * must still be ours, or (after a claim timed out) the row must be waiting for reconciliation:
 * a token pair GoHighLevel just issued is the only one that works, so it is kept. (A refresh
 * only runs from CONNECTED or REFRESH_UNCERTAIN, so there is no reconnect alert to resolve.)
 */
async function saveRefreshedTokens(claimId: string, tokens: GhlTokenSet): Promise<void> {
  const now = new Date();
  // The waiters of every process are told in the same statement (delivered when it commits).
  const { rowCount: saved } = await sqlQuery(Prisma.sql`
    WITH "saved" AS (
      UPDATE "GhlConnection"
      SET "accessToken" = ${encryptSecret(tokens.accessToken)}, "refreshToken" = ${encryptSecret(tokens.refreshToken)},
          "accessTokenExpiresAt" = ${tokens.expiresAt.toISOString()}::timestamp(3), "scopes" = ${tokens.scope}, "state" = 'CONNECTED',
          "version" = "version" + 1, "refreshClaimId" = NULL, "refreshClaimedAt" = NULL, "lastRefreshedAt" = ${now.toISOString()}::timestamp(3),
          "consecutiveFailures" = 0, "lastError" = NULL, "lastErrorAt" = NULL, "retryNotBefore" = NULL, "updatedAt" = ${now.toISOString()}::timestamp(3)
      WHERE "id" = ${AGENCY_CONNECTION_ID}
        AND ("refreshClaimId" = ${claimId} OR ("refreshClaimId" IS NULL AND "state" = 'REFRESH_UNCERTAIN'))
      RETURNING 1)
    SELECT pg_notify(${CONNECTION_CHANGED_CHANNEL}, '') FROM "saved"`);
  if (!saved) throw new Error("The refreshed GoHighLevel tokens could not be saved: the connection was removed or replaced meanwhile.");
}

type FailureOutcome = { state: "NEEDS_RECONNECT" | "REFRESH_UNCERTAIN" | null; message: string; retryNotBefore: Date | null };

/** What a failed refresh means for the connection; none of them drops the stored tokens. */
function classifyRefreshFailure(error: ProviderError, reconciling: boolean, failures: number, now: Date): FailureOutcome {
  if (error.kind === "auth") {
    const message = reconciling
      ? `GoHighLevel refused the stored refresh token after an earlier refresh's answer was lost (${error.message}): reconnect.`
      : `GoHighLevel refused the refresh token (${error.message}): reconnect.`;
    return { state: "NEEDS_RECONNECT", message, retryNotBefore: null };
  }
  if (error.kind === "rate_limited") {
    const retryNotBefore =
      error.retryAfterSeconds === undefined ? backoffAfter(failures, now) : new Date(now.getTime() + error.retryAfterSeconds * 1000);
    return { state: null, message: `GoHighLevel rate-limited the token refresh: ${error.message}`, retryNotBefore };
  }
  // Sent and possibly executed (timeout, 5xx, an unreadable 200): the token may have rotated.
  const mayHaveRotated = error.kind === "unexpected" || (error.kind === "transient" && (error.ambiguous || (error.httpStatus ?? 0) >= 500));
  if (mayHaveRotated) return { state: "REFRESH_UNCERTAIN", message: `${UNCERTAIN_MESSAGE} (${error.message})`, retryNotBefore: null };
  return { state: null, message: `Refreshing the GoHighLevel token failed: ${error.message}`, retryNotBefore: backoffAfter(failures, now) };
}

async function recordRefreshFailure(
  claimed: ConnectionRow,
  claimId: string,
  error: unknown,
  reconciling: boolean,
): Promise<AgencyToken> {
  const now = new Date();
  if (!isProviderError(error)) {
    // Nothing was sent (the stored token could not be opened): release the claim and report.
    await db.$executeRaw`
      WITH "released" AS (
        UPDATE "GhlConnection" SET "refreshClaimId" = NULL, "refreshClaimedAt" = NULL, "version" = "version" + 1
        WHERE "id" = ${AGENCY_CONNECTION_ID} AND "refreshClaimId" = ${claimId}
        RETURNING 1)
      SELECT pg_notify(${CONNECTION_CHANGED_CHANNEL}, '') FROM "released"`;
    throw error;
  }
  const failuresSoFar = await db.ghlConnection.findUnique({ where: { id: AGENCY_CONNECTION_ID }, select: { consecutiveFailures: true } });
  const outcome = classifyRefreshFailure(error, reconciling, (failuresSoFar?.consecutiveFailures ?? 0) + 1, now);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      WITH "released" AS (
        UPDATE "GhlConnection"
        SET "state" = COALESCE(${outcome.state}::"GhlConnectionState", "state"), "refreshClaimId" = NULL, "refreshClaimedAt" = NULL,
            "version" = "version" + 1, "consecutiveFailures" = "consecutiveFailures" + 1, "lastError" = ${outcome.message},
            "lastErrorAt" = ${now}, "retryNotBefore" = ${outcome.retryNotBefore}, "updatedAt" = ${now}
        WHERE "id" = ${AGENCY_CONNECTION_ID} AND "refreshClaimId" = ${claimId}
        RETURNING 1)
      SELECT pg_notify(${CONNECTION_CHANGED_CHANNEL}, '') FROM "released"`;
    if (outcome.state === "NEEDS_RECONNECT") {
      await openAlert(tx, {
        kind: NEEDS_RECONNECT_ALERT,
        subjectKey: AGENCY_CONNECTION_ID,
        severity: "CRITICAL",
        title: "GoHighLevel needs to be reconnected",
        message: outcome.message,
        href: "/integrations/ghl",
      });
    }
  });
  if (outcome.state === "NEEDS_RECONNECT") throw new GhlNeedsReconnectError();
  return tokenDespiteFailure(claimed, now, outcome.message, outcome.retryNotBefore);
}
