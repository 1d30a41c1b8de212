import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import { MAX_IDS_PER_BATCH, type PanelItemResult, type PanelOrderStatus } from "@/lib/providers/fampage";
import { applyPanelStatuses, OPEN_ORDER_STATUSES, panelStatusChanged, trackedOrderFields } from "./apply-panel-status";

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
  const asked = await askNextOpenBatch(afterId);
  return asked && storeAskedBatch(asked);
}

/** A batch of open orders and the panel's answer about them (or the error it answered). */
export type AskedBatch = { orders: TrackedOrder[]; lastId: string } & (
  | { statuses: Map<number, PanelItemResult<PanelOrderStatus>> }
  | { error: { message: string; kind: string } }
);

/** The first half of `syncOpenOrderBatch`: reads the batch and asks the panel (writes nothing). */
export async function askNextOpenBatch(afterId: string | null): Promise<AskedBatch | null> {
  const orders = await db.order.findMany({
    where: { status: { in: OPEN_ORDER_STATUSES }, providerOrderId: { not: null }, ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take: MAX_IDS_PER_BATCH,
    select: trackedFields,
  });
  const last = orders.at(-1);
  if (!last) return null;
  try {
    return { orders, lastId: last.id, statuses: await fampageClient().getOrderStatuses(orders.map((order) => order.providerOrderId as number)) };
  } catch (error) {
    if (!isProviderError(error) || error.kind === "rate_limited") throw error;
    return { orders, lastId: last.id, error: { message: error.message, kind: error.kind } };
  }
}

/** The second half of `syncOpenOrderBatch`: stores the answer (or the failure) of an asked batch. */
export async function storeAskedBatch(asked: AskedBatch): Promise<BatchOutcome> {
  const { orders, lastId } = asked;
  if ("statuses" in asked) return { ...(await applyBatch(orders, asked.statuses)), lastId };
  await recordSyncFailures(orders.map((order) => ({ orderId: order.id, message: asked.error.message })));
  const outcome = { checked: orders.length, changed: 0, failed: orders.length, creditNotes: 0, lastId };
  return asked.error.kind === "auth" ? { ...outcome, stopReason: asked.error.message } : outcome;
}

/** Refreshes one order from the panel, whatever its status. */
export async function syncOrder(orderId: string): Promise<SyncSummary> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { ...trackedFields, companyId: true } });
  if (!order?.providerOrderId) throw new UserFacingError("This order was never placed on the panel: there is nothing to sync.");
  const statuses = await fampageClient().getOrderStatuses([order.providerOrderId], { companyId: order.companyId, orderId });
  return applyBatch([order], statuses);
}

type TrackedOrder = Awaited<ReturnType<typeof db.order.findMany<{ select: typeof trackedFields }>>>[number];

/**
 * Stores one batch's answers in a few set-based statements, whatever its size: failures in
 * one, unchanged orders in one, changes in one transaction (lib/orders/apply-panel-status.ts).
 */
export async function applyBatch(orders: TrackedOrder[], statuses: Map<number, PanelItemResult<PanelOrderStatus>>): Promise<SyncSummary> {
  const summary: SyncSummary = { checked: orders.length, changed: 0, failed: 0, creditNotes: 0 };
  const failures: { orderId: string; message: string }[] = [];
  const unchanged: string[] = [];
  const reports: { orderId: string; panel: PanelOrderStatus }[] = [];
  for (const order of orders) {
    const result = statuses.get(order.providerOrderId as number);
    if (!result || !result.ok) failures.push({ orderId: order.id, message: result ? result.error : "The panel did not report this order." });
    else if (panelStatusChanged(order, result)) reports.push({ orderId: order.id, panel: result });
    else unchanged.push(order.id);
  }
  summary.failed = failures.length;
  await recordSyncFailures(failures);
  if (unchanged.length) {
    await db.order.updateMany({ where: { id: { in: unchanged } }, data: { lastSyncedAt: new Date(), lastError: null } });
  }
  if (reports.length) {
    // Compared again with the orders as stored once their rows are locked: a concurrent sync may have stored them.
    const applied = await db.$transaction((tx) => applyPanelStatuses(tx, reports));
    summary.changed = applied.filter((result) => result.changed).length;
    summary.creditNotes = applied.filter((result) => result.creditNoteNumber).length;
  }
  return summary;
}

/**
 * Records failed status checks in one statement: every order gets the error, and a timeline
 * entry only when its stored error differs (one entry per distinct problem, not per run).
 * FOR UPDATE makes a concurrent sync failing alike see this one's error and add no entry.
 */
async function recordSyncFailures(failures: { orderId: string; message: string }[]): Promise<void> {
  if (failures.length === 0) return;
  await db.$executeRaw`WITH failed AS (
      SELECT * FROM unnest(${failures.map((failure) => failure.orderId)}::text[], ${failures.map((failure) => failure.message)}::text[]) AS f("id", "message")
    ), stored AS (
      SELECT o."id", o."lastError" FROM "Order" o JOIN failed USING ("id") ORDER BY o."id" FOR UPDATE OF o
    ), updated AS (
      UPDATE "Order" o SET "lastSyncedAt" = (now() AT TIME ZONE 'UTC'), "lastError" = failed."message", "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM failed WHERE o."id" = failed."id"
    )
    INSERT INTO "OrderEvent" ("id", "orderId", "type", "message", "createdAt")
    SELECT gen_random_uuid()::text, failed."id", 'SYNC_FAILED', 'Status check failed: ' || failed."message", (now() AT TIME ZONE 'UTC')
    FROM failed JOIN stored USING ("id") WHERE stored."lastError" IS DISTINCT FROM failed."message"`;
}
