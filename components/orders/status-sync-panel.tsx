"use client";

import { RefreshCw } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useState } from "react";
import { toast } from "@/components/ui/toast";
import { statusSyncProgressAction, syncOpenOrdersAction } from "@/actions/orders";
import { SubmitButton } from "@/components/forms/submit-button";
import type { StatusSyncView } from "@/lib/orders/status-sync-view";

const POLL_MS = 1_000;
const isActive = (sync: StatusSyncView | null) => sync?.status === "QUEUED" || sync?.status === "RUNNING";

function describe(sync: StatusSyncView): string {
  if (sync.status === "QUEUED") return "Sync queued: it starts in a moment.";
  const counts = `${sync.checked} of ${sync.totalOrders} checked, ${sync.changed} updated`;
  const extras = [
    sync.creditNotes ? `${sync.creditNotes} credit note${sync.creditNotes === 1 ? "" : "s"} issued` : "",
    sync.failed ? `${sync.failed} could not be checked` : "",
    sync.escalated ? `${sync.escalated} interrupted placement${sync.escalated === 1 ? "" : "s"} moved to review` : "",
  ].filter(Boolean);
  const detail = [counts, ...extras].join(", ");
  if (sync.status === "RUNNING") return `Syncing open orders: ${detail}.`;
  if (sync.status === "FAILED") return `The last sync stopped: ${sync.error ?? "unknown reason"} (${detail}).`;
  return `Last sync finished: ${detail}.`;
}

/**
 * "Sync open orders" starts a background workflow and answers at once; this
 * panel follows its progress while it runs and refreshes the list when it ends.
 */
export function StatusSyncPanel({ initial }: { initial: StatusSyncView | null }) {
  const router = useRouter();
  const [sync, setSync] = useState(initial);
  const progress = useAction(statusSyncProgressAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      if (isActive(sync) && !isActive(data)) router.refresh();
      setSync(data);
    },
  });
  const start = useAction(syncOpenOrdersAction, {
    onSuccess: () => progress.execute(),
    onError: ({ error }) => toast.error(error.serverError ?? "The sync could not be started. Try again."),
  });

  const active = isActive(sync);
  const { execute: poll } = progress;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => poll(), POLL_MS);
    return () => clearInterval(timer);
  }, [active, poll]);

  const percent = sync && sync.totalOrders > 0 ? Math.min(100, Math.round((sync.checked / sync.totalOrders) * 100)) : 0;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton type="button" variant="outline" pending={start.isPending || active} onClick={() => start.execute()}>
        {active ? null : <RefreshCw aria-hidden />}
        {active ? "Syncing…" : "Sync open orders"}
      </SubmitButton>
      {sync ? (
        <div className="min-w-64 text-sm" role="status" aria-live="polite">
          <p className="text-muted-foreground">
            {describe(sync)} <Link href={`/workflows?function=sync-open-orders`} className="underline underline-offset-2">Workflow runs</Link>
          </p>
          {active ? (
            <div className="bg-muted mt-1 h-1.5 w-full overflow-hidden rounded" aria-label={`${percent}% of open orders checked`}>
              <div className="bg-primary h-full transition-all" style={{ width: `${percent}%` }} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
