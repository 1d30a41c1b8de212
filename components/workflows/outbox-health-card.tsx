import { Card, CardContent } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { OutboxHealth } from "@/lib/workflows/run-queries";

/** Events written but not yet handed to the engine: normally none for more than a second. */
export function OutboxHealthCard({ health, engineLabel }: { health: OutboxHealth; engineLabel: string }) {
  return (
    <Card>
      <CardContent className="grid gap-1 py-4 text-sm">
        <p>
          <span className="font-medium">Engine:</span> {engineLabel}
        </p>
        <p>
          <span className="font-medium">Events waiting for delivery:</span> {health.pending}
          {health.oldestPendingAt ? <span className="text-muted-foreground"> (oldest from {formatDateTime(health.oldestPendingAt)})</span> : null}
        </p>
        {health.lastError ? (
          <p className="text-destructive">
            {health.failing} waiting after a failed delivery; last error: {health.lastError}. They are retried with backoff, never dropped.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
