import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DestinationSummary } from "@/lib/destinations";
import { DestinationActions } from "./destination-actions";
import { DESTINATION_TYPE_LABELS, DestinationStatusBadge } from "./destination-status-badge";

export function DestinationsTable({ destinations }: { destinations: DestinationSummary[] }) {
  return (
    <Table data-testid="destinations-table">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Type</TableHead>
          <TableHead>Sends to</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Automations</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {destinations.map((destination) => (
          <TableRow key={destination.id} data-testid="destination-row">
            <TableCell className="font-medium">
              <Link href={`/settings/destinations/${destination.id}`} className="hover:underline">
                {destination.name}
              </Link>
            </TableCell>
            <TableCell>{DESTINATION_TYPE_LABELS[destination.type]}</TableCell>
            <TableCell className="max-w-64 truncate font-mono text-xs">{destination.target}</TableCell>
            <TableCell>
              <div className="grid gap-1">
                <DestinationStatusBadge status={destination.status} />
                {destination.statusReason ? <span className="max-w-64 text-xs text-destructive">{destination.statusReason}</span> : null}
              </div>
            </TableCell>
            <TableCell className="text-right tabular-nums">{destination.automationCount}</TableCell>
            <TableCell>
              <DestinationActions id={destination.id} name={destination.name} disabled={destination.status === "DISABLED"} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
