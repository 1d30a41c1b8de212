import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AGENCY_CONNECTION_ID } from "./connection-row";

export type CrmAvailability = { available: true; warning: string | null } | { available: false; reason: string };

/** Whether data can be pushed to the agency's own CRM sub-account, and if not, what to do about it. */
export async function ghlCrmAvailability(): Promise<CrmAvailability> {
  const connection = await db.ghlConnection.findUnique({ where: { id: AGENCY_CONNECTION_ID }, select: { state: true } });
  if (connection === null) return { available: false, reason: "Connect GoHighLevel first (Integrations → GoHighLevel)." };
  if (env().GHL_AGENCY_LOCATION_ID === undefined) {
    return { available: false, reason: "Set GHL_AGENCY_LOCATION_ID to the agency's own CRM sub-account, then restart the console." };
  }
  const warning =
    connection.state === "NEEDS_RECONNECT" ? "GoHighLevel needs reconnecting: syncs pause (keeping their place) until it is reconnected." : null;
  return { available: true, warning };
}
