import type { StatusSync } from "@/lib/generated/prisma/client";

/** What the Orders page shows of a sync (plain values, safe to send to the browser). */
export type StatusSyncView = {
  id: string;
  status: StatusSync["status"];
  trigger: string;
  totalOrders: number;
  checked: number;
  changed: number;
  failed: number;
  creditNotes: number;
  escalated: number;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
};

export function statusSyncView(sync: StatusSync): StatusSyncView {
  return {
    id: sync.id,
    status: sync.status,
    trigger: sync.trigger,
    totalOrders: sync.totalOrders,
    checked: sync.checked,
    changed: sync.changed,
    failed: sync.failed,
    creditNotes: sync.creditNotes,
    escalated: sync.escalated,
    error: sync.error,
    startedAt: sync.startedAt?.toISOString() ?? null,
    finishedAt: sync.finishedAt?.toISOString() ?? null,
  };
}
