import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RunHistoryEntry } from "@/lib/automations";

const STATUS: Record<RunHistoryEntry["status"], [string, BadgeVariant]> = {
  PENDING: ["Pending", "secondary"],
  RUNNING: ["Running", "warning"],
  SUCCEEDED: ["Succeeded", "success"],
  FAILED: ["Failed", "destructive"],
};

export function RunHistoryTable({ runs, timezone }: { runs: RunHistoryEntry[]; timezone: string }) {
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, dateStyle: "medium", timeStyle: "medium" });
  return (
    <Table data-testid="run-history">
      <TableHeader>
        <TableRow>
          <TableHead>Scheduled for</TableHead>
          <TableHead>Automation</TableHead>
          <TableHead>Trigger</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Started / finished</TableHead>
          <TableHead>What happened</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.map((run) => {
          const [label, variant] = STATUS[run.status];
          return (
            <TableRow key={run.id} data-testid="run-row">
              <TableCell className="whitespace-nowrap">{time.format(run.scheduledFor)}</TableCell>
              <TableCell className="font-medium">{run.automationName}</TableCell>
              <TableCell>{run.trigger}</TableCell>
              <TableCell>
                <Badge variant={variant}>{label}</Badge>
              </TableCell>
              <TableCell className="whitespace-nowrap text-xs text-muted-foreground">
                {run.startedAt ? time.format(run.startedAt) : "—"}
                <br />
                {run.finishedAt ? time.format(run.finishedAt) : "—"}
              </TableCell>
              <TableCell className={`max-w-md text-sm ${run.error ? "text-destructive" : ""}`}>{run.error ?? run.summary ?? ""}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
