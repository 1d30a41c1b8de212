import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import { MAX_IDS_PER_BATCH, type PanelItemResult, type PanelOrderStatus } from "@/lib/providers/fampage";
import { applyPanelStatus, OPEN_ORDER_STATUSES, panelStatusChanged, trackedOrderFields } from "./apply-panel-status";
import { recordOrderEvent } from "./timeline";

export type SyncSummary = { checked: number; changed: number; failed: number; creditNotes: number };

const trackedFields = { ...trackedOrderFields, providerOrderId: true } as const;

export type BatchOutcome = SyncSummary & {
  /** The last order id of the batch: the next batch starts after it. */
  lastId: string;
  /** Set when the panel refused in a way every later batch would share (a bad key): the sync should stop. */
  stopReason?: string;
};

/**
 * Asks the panel about the next 100 open orders (the panel's limit per call)
 * after `afterId`, in id order, and stores what changed; null when none are left.
 *
 * A call the panel fails (an error, an unreadable answer) is recorded on the
 * orders it asked about, which count as failed, and the sync goes on to the next
 * batch; a rate limit is thrown so the workflow retries the batch after it.
 */
export async function syncOpenOrderBatch(afterId: string | null): Promise<BatchOutcome | null> {
  const batch = await db.order.findMany({
    where: { status: { in: OPEN_ORDER_STATUSES }, providerOrderId: { not: null }, ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take: MAX_IDS_PER_BATCH,
    select: trackedFields,
  });
  const last = batch.at(-1);
  if (!last) return null;
  try {
    const statuses = await fampageClient().getOrderStatuses(batch.map((order) => order.providerOrderId as number));
    return { ...(await applyBatch(batch, statuses)), lastId: last.id };
  } catch (error) {
    if (!isProviderError(error) || error.kind === "rate_limited") throw error;
    for (const order of batch) await recordSyncFailure(order.id, error.message);
    const outcome = { checked: batch.length, changed: 0, failed: batch.length, creditNotes: 0, lastId: last.id };
    return error.kind === "auth" ? { ...outcome, stopReason: error.message } : outcome;
  }
}

/** Refreshes one order from the panel, whatever its status. */
export async function syncOrder(orderId: string): Promise<SyncSummary> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { ...trackedFields, companyId: true } });
  if (!order?.providerOrderId) throw new UserFacingError("This order was never placed on the panel: there is nothing to sync.");
  const statuses = await fampageClient().getOrderStatuses([order.providerOrderId], { companyId: order.companyId, orderId });
  return applyBatch([order], statuses);
}

type TrackedOrder = Awaited<ReturnType<typeof db.order.findMany<{ select: typeof trackedFields }>>>[number];

async function applyBatch(
  orders: TrackedOrder[],
  statuses: Map<number, PanelItemResult<PanelOrderStatus>>,
): Promise<SyncSummary> {
  const summary: SyncSummary = { checked: orders.length, changed: 0, failed: 0, creditNotes: 0 };
  const unchanged: string[] = [];
  for (const order of orders) {
    const result = statuses.get(order.providerOrderId as number);
    if (!result || !result.ok) {
      summary.failed += 1;
      await recordSyncFailure(order.id, result ? result.error : "The panel did not report this order.");
      continue;
    }
    if (!panelStatusChanged(order, result)) {
      unchanged.push(order.id);
      continue;
    }
    // Compared again with the order as stored once its row is locked: a concurrent sync may have stored it.
    const { changed, creditNoteNumber } = await db.$transaction((tx) => applyPanelStatus(tx, order, result));
    if (changed) summary.changed += 1;
    if (creditNoteNumber) summary.creditNotes += 1;
  }
  if (unchanged.length) {
    await db.order.updateMany({ where: { id: { in: unchanged } }, data: { lastSyncedAt: new Date(), lastError: null } });
  }
  return summary;
}

async function recordSyncFailure(orderId: string, message: string): Promise<void> {
  await db.$transaction(async (tx) => {
    // The error as stored now (row locked), so concurrent syncs failing alike record it once.
    const [stored] = await tx.$queryRaw<{ lastError: string | null }[]>`SELECT "lastError" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
    if (stored === undefined) return;
    await tx.order.update({ where: { id: orderId }, data: { lastSyncedAt: new Date(), lastError: message } });
    // One timeline entry per distinct problem, not one per sync run.
    if (stored.lastError !== message) await recordOrderEvent(tx, orderId, "SYNC_FAILED", `Status check failed: ${message}`);
  });
}
