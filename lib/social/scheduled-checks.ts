import { db } from "@/lib/db";
import { enqueueEvents } from "@/lib/workflows/outbox";
import { socialAccountDailyCheckRequested, socialAccountRefreshRequested } from "@/inngest/events";
import { accessEndsAt, EXPIRING_SOON_MS } from "./platforms";
import { alertTokenExpiring } from "./social-alerts";

/** Events written per statement while fanning out. */
const FAN_OUT_BATCH = 1_000;

/** One event per account, in batches: each batch is one statement, and a repeated fan-out enqueues nothing new (the ids). */
async function enqueuePerAccount(
  type: typeof socialAccountRefreshRequested | typeof socialAccountDailyCheckRequested,
  accountIds: readonly string[],
  eventId: (accountId: string) => string,
): Promise<void> {
  for (let start = 0; start < accountIds.length; start += FAN_OUT_BATCH) {
    const batch = accountIds.slice(start, start + FAN_OUT_BATCH);
    await enqueueEvents(db, type, batch.map((accountId) => ({ id: eventId(accountId), data: { accountId } })));
  }
}

/**
 * One refresh event per connected account whose token is due. The event id names the account
 * and the cron tick, so a repeated fan-out of the same tick enqueues nothing new; a later tick
 * retries accounts still due (a refresh that already happened finds them not due).
 */
export async function enqueueDueRefreshes(tick: Date): Promise<{ enqueued: number }> {
  const due = await db.socialAccount.findMany({
    where: { status: "CONNECTED", refreshDueAt: { lte: tick } },
    select: { id: true },
    orderBy: { refreshDueAt: "asc" },
  });
  const tickKey = tick.toISOString();
  await enqueuePerAccount(socialAccountRefreshRequested, due.map((account) => account.id), (accountId) => `social-refresh:${accountId}:${tickKey}`);
  return { enqueued: due.length };
}

/** One daily-check event per account still managed (connected or needing reconnection), once per day. */
export async function enqueueDailyChecks(day: Date): Promise<{ enqueued: number }> {
  const accounts = await db.socialAccount.findMany({ where: { status: { not: "DISCONNECTED" } }, select: { id: true } });
  const dayKey = day.toISOString().slice(0, 10);
  await enqueuePerAccount(socialAccountDailyCheckRequested, accounts.map((account) => account.id), (accountId) => `social-daily:${accountId}:${dayKey}`);
  return { enqueued: accounts.length };
}

/** Alerts when a connected account's token ends within 3 days (renewal keeps failing, or cannot happen). */
export async function warnIfExpiringSoon(accountId: string, now: Date = new Date()): Promise<{ expiring: boolean }> {
  const account = await db.socialAccount.findUnique({ where: { id: accountId } });
  if (account === null || account.status !== "CONNECTED") return { expiring: false };
  const endsAt = accessEndsAt(account);
  if (endsAt === null || endsAt.getTime() - now.getTime() >= EXPIRING_SOON_MS) return { expiring: false };
  await alertTokenExpiring(db, account, endsAt);
  return { expiring: true };
}
