import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AutomationSummary } from "@/lib/automations";
import { AUTOMATION_TYPE_LABELS } from "@/lib/automations/automation-config";
import { AutomationActions } from "./automation-actions";

export function AutomationsTable({ automations, timezone }: { automations: AutomationSummary[]; timezone: string }) {
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, dateStyle: "medium", timeStyle: "short" });
  return (
    <Table data-testid="automations-table">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Type</TableHead>
          <TableHead>Schedule</TableHead>
          <TableHead>Next run</TableHead>
          <TableHead className="text-right">Runs / errors</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {automations.map((automation) => (
          <TableRow key={automation.id} data-testid="automation-row">
            <TableCell>
              <div className="font-medium">{automation.name}</div>
              <div className="text-xs text-muted-foreground">
                to {automation.destinationName}
                {automation.companyName ? ` · ${automation.companyName}` : " · whole agency"}
              </div>
            </TableCell>
            <TableCell>{AUTOMATION_TYPE_LABELS[automation.type]}</TableCell>
            <TableCell className="max-w-56 text-sm">{automation.schedule}</TableCell>
            <TableCell className="whitespace-nowrap">
              {automation.status === "PAUSED" ? <Badge variant="secondary">Paused</Badge> : automation.nextRunAt ? time.format(automation.nextRunAt) : "—"}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              <Link href={`/automations/runs?automation=${automation.id}`} className="hover:underline" data-testid="run-counts">
                {automation.runCount} / <span className={automation.errorCount > 0 ? "text-destructive" : undefined}>{automation.errorCount}</span>
              </Link>
            </TableCell>
            <TableCell>
              <AutomationActions id={automation.id} name={automation.name} paused={automation.status === "PAUSED"} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
