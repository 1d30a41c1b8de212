import { readRows } from "@/lib/db-sql";
import { type GhlConnectionState, Prisma } from "@/lib/generated/prisma/client";

/** The one agency connection's primary key. */
export const AGENCY_CONNECTION_ID = "agency";

/** The columns the token manager works with; tokens still sealed. */
export type ConnectionRow = {
  state: GhlConnectionState;
  version: number;
  ghlCompanyId: string;
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  refreshClaimId: string | null;
  refreshClaimedAt: Date | null;
  retryNotBefore: Date | null;
};

/** One database round trip: the hot path of every GoHighLevel call reads only this. */
export async function readConnectionRow(): Promise<ConnectionRow | null> {
  const rows = await readRows<ConnectionRow>(Prisma.sql`
    SELECT "state", "version", "ghlCompanyId", "accessToken", "refreshToken", "accessTokenExpiresAt",
           "refreshClaimId", "refreshClaimedAt", "retryNotBefore"
    FROM "GhlConnection" WHERE "id" = ${AGENCY_CONNECTION_ID}`);
  return rows[0] ?? null;
}

let readInFlight: Promise<ConnectionRow | null> | null = null;

/**
 * readConnectionRow() shared by the callers of this process that arrive while it is under
 * way: a burst of GoHighLevel calls costs one round trip, not one per caller queued on the pool.
 * A joined read may have started a moment before the caller did; that is safe because every
 * write re-checks the row (compare-and-set on `version`) and a token valid then is valid now.
 */
export function readConnectionRowCoalesced(): Promise<ConnectionRow | null> {
  readInFlight ??= readConnectionRow().finally(() => {
    readInFlight = null;
  });
  return readInFlight;
}
