import { statusSyncRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import type { StatusSync } from "@/lib/generated/prisma/client";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { OPEN_ORDER_STATUSES } from "./apply-panel-status";
import { escalateStaleSubmissions } from "./escalate-stale-submissions";
import { type AskedBatch, askNextOpenBatch, storeAskedBatch } from "./sync-order-statuses";

export type { StatusSync };

const ACTIVE = "active";

/**
 * Starts a sync of every open order, unless one is already queued or running
 * (then that one is returned: a second click, or a tick during a long sync,
 * joins it). The workflow event is written in the same transaction.
 */
export async function requestStatusSync(trigger: "admin" | "schedule", requestId?: string): Promise<StatusSync> {
  return db.$transaction(async (tx) => {
    const existing = await tx.statusSync.findFirst({ where: { OR: [{ activeKey: ACTIVE }, ...(requestId ? [{ requestId }] : [])] } });
    if (existing) return existing;
    const [created] = await tx.$queryRaw<StatusSync[]>`
      INSERT INTO "StatusSync" ("id", "trigger", "requestId", "activeKey") VALUES (gen_random_uuid()::text, ${trigger}, ${requestId ?? null}, ${ACTIVE})
      ON CONFLICT DO NOTHING RETURNING *`;
    if (!created) return tx.statusSync.findFirstOrThrow({ where: { activeKey: ACTIVE } });
    await enqueueEvent(tx, statusSyncRequested, { syncId: created.id }, { id: `status-sync:${created.id}` });
    return created;
  });
}

/** First step: interrupted placements go to review, and the open orders are counted for the progress bar. */
export async function beginStatusSync(syncId: string): Promise<{ totalOrders: number }> {
  const { escalated } = await escalateStaleSubmissions();
  const totalOrders = await db.order.count({ where: { status: { in: OPEN_ORDER_STATUSES }, providerOrderId: { not: null } } });
  await db.statusSync.update({
    where: { id: syncId },
    data: { status: "RUNNING", totalOrders, escalated, startedAt: new Date() },
  });
  return { totalOrders };
}

/** Batches of 100 one workflow step syncs: enough for the panel calls to overlap the writes, few enough that a retried step redoes little. */
const BATCHES_PER_STEP = 10;

/**
 * Syncs the next batches after the sync's cursor (up to BATCHES_PER_STEP), asking the panel
 * about the next batch while the current one is stored: the sync then takes about as long as
 * its panel calls. Each batch adds its counts and advances the cursor by compare-and-set: a
 * step re-run after a crash never counts a batch twice, it goes on from wherever the cursor was left.
 */
export async function syncNextStatusBatch(syncId: string): Promise<{ done: boolean; checked: number }> {
  const sync = await db.statusSync.findUniqueOrThrow({ where: { id: syncId } });
  if (sync.status !== "RUNNING") return { done: true, checked: sync.checked };
  let { cursor, checked } = sync;
  let next: Promise<AskedBatch | null> | undefined = askNextOpenBatch(cursor);
  try {
    for (let batch = 1; next; batch += 1) {
      const asked: AskedBatch | null = await next;
      if (!asked) return { done: true, checked };
      next = batch < BATCHES_PER_STEP ? askNextOpenBatch(asked.lastId) : undefined;
      // Settled here too: a rate limit on the next call surfaces when it is awaited, not as an unhandled rejection.
      next?.catch(() => undefined);
      const outcome = await storeAskedBatch(asked);
      const { count } = await db.statusSync.updateMany({
        where: { id: syncId, cursor },
        data: {
          cursor: outcome.lastId,
          checked: { increment: outcome.checked },
          changed: { increment: outcome.changed },
          failed: { increment: outcome.failed },
          creditNotes: { increment: outcome.creditNotes },
          ...(outcome.stopReason ? { status: "FAILED", error: outcome.stopReason, activeKey: null, finishedAt: new Date() } : {}),
        },
      });
      checked += outcome.checked;
      if (outcome.stopReason || count === 0) return { done: true, checked };
      cursor = outcome.lastId;
    }
    return { done: false, checked };
  } finally {
    // A step ended early (a stop, a lost compare-and-set, an error) leaves no panel call behind unawaited.
    await next?.catch(() => undefined);
  }
}

export async function finishStatusSync(syncId: string): Promise<StatusSync> {
  await db.statusSync.updateMany({
    where: { id: syncId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "COMPLETED", activeKey: null, finishedAt: new Date() },
  });
  return db.statusSync.findUniqueOrThrow({ where: { id: syncId } });
}

/** A sync the workflow gave up on (its retries ran out): the next request may start another. */
export async function failStatusSync(syncId: string, reason: string): Promise<void> {
  await db.statusSync.updateMany({
    where: { id: syncId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error: reason, activeKey: null, finishedAt: new Date() },
  });
}

export async function latestStatusSync(): Promise<StatusSync | null> {
  return db.statusSync.findFirst({ orderBy: { createdAt: "desc" } });
}
