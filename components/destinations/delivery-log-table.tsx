import { formatDuration } from "@/components/logs/log-format";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DeliveryLogEntry } from "@/lib/destinations";

export function DeliveryLogTable({ deliveries, timezone }: { deliveries: DeliveryLogEntry[]; timezone: string }) {
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, dateStyle: "medium", timeStyle: "medium" });
  return (
    <Table data-testid="delivery-log">
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Event</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead className="text-right">Response</TableHead>
          <TableHead className="text-right">Duration</TableHead>
          <TableHead className="text-right">Attempt</TableHead>
          <TableHead>Error</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deliveries.map((delivery) => (
          <TableRow key={delivery.id}>
            <TableCell className="whitespace-nowrap">{time.format(delivery.createdAt)}</TableCell>
            <TableCell className="font-mono text-xs">{delivery.event}</TableCell>
            <TableCell>
              {delivery.outcome === "SUCCEEDED" ? <Badge variant="success">Delivered</Badge> : <Badge variant="destructive">Failed</Badge>}
            </TableCell>
            <TableCell className="text-right tabular-nums">{delivery.responseCode ?? "—"}</TableCell>
            <TableCell className="text-right tabular-nums">{formatDuration(delivery.durationMs)}</TableCell>
            <TableCell className="text-right tabular-nums">{delivery.attempt}</TableCell>
            <TableCell className="max-w-96 text-xs text-muted-foreground">{delivery.error ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
