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

/**
 * Asks the panel about every open order, 100 per call (the panel's limit), the
 * least recently synced first, and stores what changed.
 *
 * A call the panel fails (an error, an unreadable answer) is recorded on the orders it
 * asked about, which then count as failed and move to the back of the queue; the next
 * batch is asked all the same, so one bad batch cannot stop every later sync.
 */
export async function syncOpenOrders(options: { limit?: number } = {}): Promise<SyncSummary> {
  const panel = fampageClient();
  const orders = await db.order.findMany({
    where: { status: { in: OPEN_ORDER_STATUSES }, providerOrderId: { not: null } },
    orderBy: [{ lastSyncedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    take: options.limit ?? 5_000,
    select: trackedFields,
  });
  const summary: SyncSummary = { checked: 0, changed: 0, failed: 0, creditNotes: 0 };
  for (let start = 0; start < orders.length; start += MAX_IDS_PER_BATCH) {
    const batch = orders.slice(start, start + MAX_IDS_PER_BATCH);
    let statuses: Map<number, PanelItemResult<PanelOrderStatus>>;
    try {
      statuses = await panel.getOrderStatuses(batch.map((order) => order.providerOrderId as number));
    } catch (error) {
      if (!isProviderError(error)) throw error;
      for (const order of batch) await recordSyncFailure(order.id, error.message);
      add(summary, { checked: batch.length, changed: 0, failed: batch.length, creditNotes: 0 });
      // A bad key or a rate limit fails every batch alike: stop rather than hammer the panel.
      if (error.kind === "auth" || error.kind === "rate_limited") break;
      continue;
    }
    add(summary, await applyBatch(batch, statuses));
  }
  return summary;
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

function add(total: SyncSummary, part: SyncSummary): void {
  total.checked += part.checked;
  total.changed += part.changed;
  total.failed += part.failed;
  total.creditNotes += part.creditNotes;
}
