import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { socialAccountDailyCheckRequested, socialAccountRefreshRequested } from "@/inngest/events";
import { accessEndsAt, EXPIRING_SOON_MS } from "./platforms";
import { alertTokenExpiring } from "./social-alerts";

/** Events written per transaction while fanning out. */
const FAN_OUT_BATCH = 500;

async function enqueueInBatches(ids: readonly string[], enqueue: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], id: string) => Promise<unknown>) {
  for (let start = 0; start < ids.length; start += FAN_OUT_BATCH) {
    const batch = ids.slice(start, start + FAN_OUT_BATCH);
    await db.$transaction(async (tx) => {
      for (const id of batch) await enqueue(tx, id);
    });
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
  await enqueueInBatches(
    due.map((account) => account.id),
    (tx, accountId) => enqueueEvent(tx, socialAccountRefreshRequested, { accountId }, { id: `social-refresh:${accountId}:${tickKey}` }),
  );
  return { enqueued: due.length };
}

/** One daily-check event per account still managed (connected or needing reconnection), once per day. */
export async function enqueueDailyChecks(day: Date): Promise<{ enqueued: number }> {
  const accounts = await db.socialAccount.findMany({ where: { status: { not: "DISCONNECTED" } }, select: { id: true } });
  const dayKey = day.toISOString().slice(0, 10);
  await enqueueInBatches(
    accounts.map((account) => account.id),
    (tx, accountId) => enqueueEvent(tx, socialAccountDailyCheckRequested, { accountId }, { id: `social-daily:${accountId}:${dayKey}` }),
  );
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
