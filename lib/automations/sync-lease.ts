import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type SyncCursor, syncCursorSchema } from "./automation-config";

/** Renewed with every cursor move; a run silent this long has died and its lease is taken over. */
const LEASE_MS = 5 * 60_000;

const leaseEnd = (now: Date) => new Date(now.getTime() + LEASE_MS);

export type SyncLease = { taken: true; cursor: SyncCursor } | { taken: false };

function readCursor(stored: unknown): SyncCursor {
  const parsed = syncCursorSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * One run pushes a sync's records at a time (a scheduled run and "Run now" may overlap): the
 * lease is taken with a conditional update, and the cursor is read after taking it, so the
 * run starts where the previous one stopped.
 */
export async function takeSyncLease(automationId: string, runId: string, now = new Date()): Promise<SyncLease> {
  const { count } = await db.automation.updateMany({
    where: { id: automationId, OR: [{ syncLeaseRunId: null }, { syncLeaseExpiresAt: { lt: now } }, { syncLeaseRunId: runId }] },
    data: { syncLeaseRunId: runId, syncLeaseExpiresAt: leaseEnd(now) },
  });
  if (count === 0) return { taken: false };
  const automation = await db.automation.findUniqueOrThrow({ where: { id: automationId }, select: { syncCursor: true } });
  return { taken: true, cursor: readCursor(automation.syncCursor) };
}

/** Moves the cursor and renews the lease; false when the lease is no longer this run's (nothing is written). */
export async function saveSyncCursor(automationId: string, runId: string, cursor: SyncCursor, now = new Date()): Promise<boolean> {
  const { count } = await db.automation.updateMany({
    where: { id: automationId, syncLeaseRunId: runId },
    data: { syncCursor: cursor as Prisma.InputJsonValue, syncLeaseExpiresAt: leaseEnd(now) },
  });
  return count === 1;
}

export async function releaseSyncLease(automationId: string, runId: string): Promise<void> {
  await db.automation.updateMany({ where: { id: automationId, syncLeaseRunId: runId }, data: { syncLeaseRunId: null, syncLeaseExpiresAt: null } });
}
