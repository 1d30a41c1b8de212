import Link from "next/link";
import { DateTimeLinkCell } from "@/components/portal/date-time-link-cell";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { providerLabel } from "@/lib/integration-log/labels";
import type { IntegrationLogRow } from "@/lib/integration-log/queries";
import { formatDuration } from "./log-format";
import { OutcomeBadge } from "./outcome-badge";

export function LogTable({ rows }: { rows: IntegrationLogRow[] }) {
  return (
    <Table data-testid="log-table">
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Provider</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead className="text-right">HTTP</TableHead>
          <TableHead className="text-right">Duration</TableHead>
          <TableHead>Company</TableHead>
          <TableHead>Order</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((entry) => (
          <TableRow key={entry.id}>
            <DateTimeLinkCell href={`/logs/${entry.id}`} date={entry.createdAt} />
            <TableCell>{providerLabel(entry.provider)}</TableCell>
            <TableCell className="font-mono text-xs">
              {entry.action}
              {entry.attempt > 1 ? <span className="text-muted-foreground"> (try {entry.attempt})</span> : null}
            </TableCell>
            <TableCell>
              <OutcomeBadge outcome={entry.outcome} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{entry.httpStatus ?? "—"}</TableCell>
            <TableCell className="whitespace-nowrap text-right tabular-nums">{formatDuration(entry.durationMs)}</TableCell>
            <TableCell className="max-w-48 truncate">
              {entry.company ? (
                <Link href={`/companies/${entry.company.id}`} className="hover:underline">
                  {entry.company.name}
                </Link>
              ) : (
                <span className="text-muted-foreground">{entry.companyId ?? "—"}</span>
              )}
            </TableCell>
            <TableCell className="font-mono text-xs">
              {entry.orderId ? (
                <Link href={`/orders/${entry.orderId}`} className="hover:underline">
                  {entry.orderId}
                </Link>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
