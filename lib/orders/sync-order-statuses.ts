import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError, type ProviderError } from "@/lib/providers/core";
import { MAX_IDS_PER_BATCH, type PanelItemResult, type PanelOrderStatus } from "@/lib/providers/fampage";
import { applyPanelStatuses, OPEN_ORDER_STATUSES, panelStatusChanged, trackedOrderFields } from "./apply-panel-status";

export type SyncSummary = { checked: number; changed: number; failed: number; creditNotes: number };

const trackedFields = { ...trackedOrderFields, providerOrderId: true } as const;

type PanelAnswer = { ok: true; statuses: Map<number, PanelItemResult<PanelOrderStatus>> } | { ok: false; error: ProviderError };

/**
 * Asks the panel about every open order, 100 per call (the panel's limit), the least
 * recently synced first, and stores what changed.
 *
 * One status call is in flight at a time (the panel documents no concurrency allowance);
 * the next batch's call is made while the current batch is stored, so a run takes about as
 * long as its panel calls. A call the panel fails is recorded on the orders it asked about,
 * which then count as failed and move to the back of the queue; the next batch is asked all
 * the same, so one bad batch cannot stop every later sync.
 */
export async function syncOpenOrders(options: { limit?: number } = {}): Promise<SyncSummary> {
  const panel = fampageClient();
  const orders = await db.order.findMany({
    where: { status: { in: OPEN_ORDER_STATUSES }, providerOrderId: { not: null } },
    orderBy: [{ lastSyncedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    ...(options.limit === undefined ? {} : { take: options.limit }),
    select: trackedFields,
  });
  const batches: TrackedOrder[][] = [];
  for (let start = 0; start < orders.length; start += MAX_IDS_PER_BATCH) batches.push(orders.slice(start, start + MAX_IDS_PER_BATCH));
  const ask = (batch: TrackedOrder[]): Promise<PanelAnswer> =>
    panel.getOrderStatuses(batch.map((order) => order.providerOrderId as number)).then(
      (statuses) => ({ ok: true as const, statuses }),
      (error: unknown) => {
        if (!isProviderError(error)) throw error;
        return { ok: false as const, error };
      },
    );

  const summary: SyncSummary = { checked: 0, changed: 0, failed: 0, creditNotes: 0 };
  let answer = batches.length > 0 ? ask(batches[0]!) : null;
  for (let index = 0; answer !== null; index++) {
    const batch = batches[index]!;
    const current = await answer;
    // A bad key or a rate limit fails every batch alike: stop rather than hammer the panel.
    const stop = !current.ok && (current.error.kind === "auth" || current.error.kind === "rate_limited");
    answer = !stop && index + 1 < batches.length ? ask(batches[index + 1]!) : null;
    if (current.ok) {
      add(summary, await applyBatch(batch, current.statuses));
    } else {
      await recordSyncFailures(batch.map((order) => ({ orderId: order.id, message: current.error.message })));
      add(summary, { checked: batch.length, changed: 0, failed: batch.length, creditNotes: 0 });
    }
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

function add(total: SyncSummary, part: SyncSummary): void {
  total.checked += part.checked;
  total.changed += part.changed;
  total.failed += part.failed;
  total.creditNotes += part.creditNotes;
}
