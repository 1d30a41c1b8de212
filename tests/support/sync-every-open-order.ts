import { syncOpenOrderBatch, type SyncSummary } from "@/lib/orders/sync-order-statuses";

/** Every batch of open orders synced in this process, as the workflow's steps do one by one; stops where it would. */
export async function syncEveryOpenOrder(): Promise<SyncSummary> {
  const total: SyncSummary = { checked: 0, changed: 0, failed: 0, creditNotes: 0 };
  for (let cursor: string | null = null; ; ) {
    const outcome = await syncOpenOrderBatch(cursor);
    if (!outcome) return total;
    total.checked += outcome.checked;
    total.changed += outcome.changed;
    total.failed += outcome.failed;
    total.creditNotes += outcome.creditNotes;
    if (outcome.stopReason) return total;
    cursor = outcome.lastId;
  }
}
