import type { SyncEntity } from "./automation-config";
import type { SyncRow } from "./sync-source";

export type SyncDelivery = { ok: true } | { ok: false; error: string };

/** A place a data sync pushes records to; the cursor machinery (sync-records.ts) is shared by all. */
export type SyncSink = {
  /** Records per delivery: the cursor moves after each delivered one, so this is also what a failure may resend. */
  recordsPerDelivery: number;
  /** Most records one run sends per entity; the next run continues. */
  maxRecordsPerRun: number;
  /** " to <target>" in the run's summary, or "". */
  summarySuffix: string;
  /** `resuming`: the first delivery of the entity in this run, right after the stored cursor. */
  deliver(rows: SyncRow[], context: { entity: SyncEntity; resuming: boolean }): Promise<SyncDelivery>;
  /** What the summary should add (records skipped and why). */
  remarks(): string[];
};
