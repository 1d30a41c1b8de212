import { openAlert, resolveAlert } from "@/lib/alerts";
import { db } from "@/lib/db";
import { AGENCY_CONNECTION_ID } from "@/lib/ghl/connection-row";
import { isComfortablyValid } from "@/lib/ghl/refresh-timing";
import { accessEndsAt } from "@/lib/social/platforms";
import { alertTokenExpiring } from "@/lib/social/social-alerts";
import type { ConditionCheck } from "./check-alert-conditions";

export const GHL_TOKEN_EXPIRING = "ghl.token_expiring";

const DAY_MS = 86_400_000;

/**
 * The agency token renews itself every day, so "expiring" means its refresh keeps failing (or
 * its last answer was lost) while expiry is near. Needing reconnect has its own alert.
 */
export async function checkGhlTokenExpiry(result: ConditionCheck, now: Date): Promise<void> {
  const connection = await db.ghlConnection.findUnique({
    where: { id: AGENCY_CONNECTION_ID },
    select: { state: true, accessTokenExpiresAt: true, consecutiveFailures: true, lastError: true },
  });
  const expiring =
    connection !== null &&
    connection.state !== "NEEDS_RECONNECT" &&
    (connection.state === "REFRESH_UNCERTAIN" || connection.consecutiveFailures > 0) &&
    !isComfortablyValid(connection.accessTokenExpiresAt, now);
  if (!expiring) {
    if (await resolveAlert(db, GHL_TOKEN_EXPIRING, AGENCY_CONNECTION_ID)) result.resolved += 1;
    return;
  }
  const expired = connection.accessTokenExpiresAt <= now;
  const id = await openAlert(db, {
    kind: GHL_TOKEN_EXPIRING,
    subjectKey: AGENCY_CONNECTION_ID,
    severity: expired ? "CRITICAL" : "WARNING",
    title: expired ? "The GoHighLevel token has expired and could not be refreshed" : "The GoHighLevel token expires soon and could not be refreshed",
    message: `Access ${expired ? "ended" : "ends"} at ${connection.accessTokenExpiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Last error: ${connection.lastError ?? "none recorded"}. Try Refresh now (Integrations → GoHighLevel).`,
    href: "/integrations/ghl",
  });
  if (id) result.opened.push(id);
}

/**
 * Connected social accounts whose access ends within `days` (the daily check warns at 3 days
 * whatever the automations say). The social module resolves the episode when the token is
 * renewed, replaced or disconnected.
 */
export async function checkSocialTokenExpiry(result: ConditionCheck, now: Date, days: number): Promise<void> {
  const horizon = now.getTime() + days * DAY_MS;
  const accounts = await db.socialAccount.findMany({
    where: { status: "CONNECTED", OR: [{ tokenExpiresAt: { lt: new Date(horizon) } }, { refreshTokenExpiresAt: { lt: new Date(horizon) } }] },
    select: { id: true, companyId: true, platform: true, name: true, tokenExpiresAt: true, refreshTokenExpiresAt: true },
  });
  for (const account of accounts) {
    const endsAt = accessEndsAt(account);
    if (endsAt === null || endsAt.getTime() >= horizon) continue;
    const id = await alertTokenExpiring(db, account, endsAt);
    if (id) result.opened.push(id);
  }
}
