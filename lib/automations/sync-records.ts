import type { Automation } from "@/lib/generated/prisma/client";
import { type SyncConfig, type SyncCursor, syncTargetOf } from "./automation-config";
import { ghlCrmSyncSink } from "./ghl-crm-sync-sink";
import { releaseSyncLease, saveSyncCursor, takeSyncLease } from "./sync-lease";
import type { SyncSink } from "./sync-sink";
import { nextSyncRows, type SyncPosition } from "./sync-source";
import { webhookSyncSink } from "./webhook-sync-sink";

/** Rows read from Postgres at a time, then handed to the sink in its own delivery size. */
const READ_SIZE = 100;

type SyncOutcome = { ok: boolean; summary: string };

const positionOf = (cursor: SyncCursor, entity: keyof SyncCursor): SyncPosition | undefined => {
  const stored = cursor[entity];
  return stored ? { updatedAt: new Date(stored.updatedAt), id: stored.id } : undefined;
};

async function sinkFor(automation: Automation, config: SyncConfig, runId: string): Promise<SyncSink | { error: string }> {
  if (syncTargetOf(config) === "ghl_crm") return ghlCrmSyncSink();
  if (automation.destinationId === null) return { error: "This data sync has no webhook destination: edit it and choose one." };
  return webhookSyncSink(automation.id, automation.destinationId, runId);
}

/**
 * Pushes new and changed records after the stored per-entity cursor, in (updatedAt, id) order,
 * moving the cursor after each delivery only: a failure leaves it where it was and the next run
 * resumes from there. One run at a time holds the sync's lease, so two runs never send the same
 * records; a run that finds it held leaves at once.
 */
export async function syncRecords(automation: Automation, config: SyncConfig, runId: string): Promise<SyncOutcome> {
  const lease = await takeSyncLease(automation.id, runId);
  if (!lease.taken) return { ok: true, summary: "Skipped: another run of this sync is pushing records now; the next run continues after it." };
  try {
    const sink = await sinkFor(automation, config, runId);
    if ("error" in sink) return { ok: false, summary: sink.error };
    return await pushAfterCursor(automation, config, runId, sink, lease.cursor);
  } finally {
    await releaseSyncLease(automation.id, runId);
  }
}

async function pushAfterCursor(automation: Automation, config: SyncConfig, runId: string, sink: SyncSink, start: SyncCursor): Promise<SyncOutcome> {
  let cursor = start;
  const sent: string[] = [];
  const stopped = (error: string): SyncOutcome => ({
    ok: false,
    summary: `Sent ${sent.join(", ")}; stopped: ${error}. The next run resumes from the last delivered record.`,
  });
  for (const entity of config.entities) {
    let count = 0;
    while (count < sink.maxRecordsPerRun) {
      const rows = await nextSyncRows(entity, positionOf(cursor, entity), automation.companyId, Math.min(READ_SIZE, sink.maxRecordsPerRun - count));
      if (rows.length === 0) break;
      for (let offset = 0; offset < rows.length; offset += sink.recordsPerDelivery) {
        const delivery = rows.slice(offset, offset + sink.recordsPerDelivery);
        const result = await sink.deliver(delivery, { entity, resuming: count === 0 });
        if (!result.ok) {
          sent.push(`${entity}: ${count}`);
          return stopped(result.error);
        }
        const last = delivery.at(-1)!;
        cursor = { ...cursor, [entity]: { updatedAt: last.updatedAt.toISOString(), id: last.id } };
        count += delivery.length;
        if (!(await saveSyncCursor(automation.id, runId, cursor))) {
          sent.push(`${entity}: ${count}`);
          return stopped("another run took this sync over (this one held it too long without progress)");
        }
      }
    }
    sent.push(`${entity}: ${count}`);
  }
  const remarks = sink.remarks();
  return { ok: true, summary: `Synced ${sent.join(", ")} new or changed records${sink.summarySuffix}${remarks.length > 0 ? `; ${remarks.join("; ")}` : ""}` };
}
