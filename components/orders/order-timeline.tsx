import type { OrderEvent } from "@/lib/generated/prisma/client";
import { cn } from "@/lib/utils";
import { DateTimeText } from "@/components/portal/date-text";

const WARNING_EVENTS = new Set(["REFUSED", "NOT_SENT", "NEEDS_REVIEW", "SYNC_FAILED", "REFILL_REFUSED", "CANCEL_REFUSED"]);

export function OrderTimeline({ events }: { events: Pick<OrderEvent, "id" | "type" | "message" | "createdAt">[] }) {
  return (
    <ol className="grid gap-3" data-testid="order-timeline">
      {events.map((event) => (
        <li key={event.id} className="grid grid-cols-[auto_1fr] gap-3 text-sm">
          <span
            className={cn("mt-1.5 size-2 rounded-full bg-primary", WARNING_EVENTS.has(event.type) && "bg-warning")}
            aria-hidden
          />
          <div>
            <p>{event.message}</p>
            <p className="text-xs text-muted-foreground"><DateTimeText date={event.createdAt} /></p>
          </div>
        </li>
      ))}
    </ol>
  );
}
