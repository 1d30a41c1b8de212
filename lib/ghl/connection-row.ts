import { db } from "@/lib/db";
import type { GhlConnectionState } from "@/lib/generated/prisma/client";

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
  const rows = await db.$queryRaw<ConnectionRow[]>`
    SELECT "state", "version", "ghlCompanyId", "accessToken", "refreshToken", "accessTokenExpiresAt",
           "refreshClaimId", "refreshClaimedAt", "retryNotBefore"
    FROM "GhlConnection" WHERE "id" = ${AGENCY_CONNECTION_ID}`;
  return rows[0] ?? null;
}
