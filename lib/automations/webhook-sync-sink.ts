import { deliverMessage } from "@/lib/destinations";
import type { SyncSink } from "./sync-sink";

/**
 * 100 records per signed delivery. A batch that failed is sent again by the next run with the
 * same delivery id (it ends at the same record), so the receiver can drop what it already has.
 */
export function webhookSyncSink(automationId: string, destinationId: string, runId: string): SyncSink {
  return {
    recordsPerDelivery: 100,
    maxRecordsPerRun: 2000,
    summarySuffix: "",
    async deliver(rows, { entity }) {
      const last = rows.at(-1)!;
      const result = await deliverMessage({
        destinationId,
        runId,
        deliveryId: `sync-${automationId}-${entity}-${last.updatedAt.getTime()}-${last.id}`,
        message: {
          event: `sync.${entity}`,
          title: `${rows.length} ${entity}`,
          lines: [],
          data: { entity, records: rows.map((row) => row.record), cursor: { updatedAt: last.updatedAt.toISOString(), id: last.id } },
        },
      });
      return result.ok ? { ok: true } : { ok: false, error: result.error };
    },
    remarks: () => [],
  };
}
