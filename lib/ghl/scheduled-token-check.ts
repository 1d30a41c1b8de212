import { db } from "@/lib/db";
import { AGENCY_CONNECTION_ID } from "./connection-row";
import { GhlNeedsReconnectError } from "./errors";
import { withAgencyApi } from "./ghl-calls";
import { refreshAgencyToken } from "./token-manager";

export type ScheduledCheckResult = { outcome: "not_connected" | "needs_reconnect" } | { outcome: "checked"; expiresAt: string };

/**
 * The cron's job: refresh when due (or reconcile a lost answer), then prove the token works
 * with a harmless read. A connection that needs a person is reported, not thrown, so the cron
 * does not fail every minute; temporary failures are thrown for the workflow's retries.
 */
export async function runScheduledTokenCheck(): Promise<ScheduledCheckResult> {
  const connection = await db.ghlConnection.findUnique({ where: { id: AGENCY_CONNECTION_ID }, select: { state: true } });
  if (connection === null) return { outcome: "not_connected" };
  if (connection.state === "NEEDS_RECONNECT") return { outcome: "needs_reconnect" };
  try {
    await refreshAgencyToken({ mode: "scheduled" });
    const expiresAt = await withAgencyApi(async (api, token) => {
      await api.searchLocations({ companyId: token.ghlCompanyId, limit: 1 });
      return token.expiresAt;
    });
    return { outcome: "checked", expiresAt: expiresAt.toISOString() };
  } catch (error) {
    if (error instanceof GhlNeedsReconnectError) return { outcome: "needs_reconnect" };
    throw error;
  }
}
