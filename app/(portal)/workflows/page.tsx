import { Workflow } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/portal/empty-state";
import { FilterBar, FilterSelect } from "@/components/portal/filter-bar";
import { PageHeader } from "@/components/portal/page-header";
import { Pagination } from "@/components/portal/pagination";
import { DateTimeLinkCell } from "@/components/portal/date-time-link-cell";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDuration } from "@/components/workflows/duration";
import { OutboxHealthCard } from "@/components/workflows/outbox-health-card";
import { RUN_STATUS_LABELS, RunStatusBadge } from "@/components/workflows/run-status-badge";
import { inngestFunctions } from "@/inngest/functions";
import { requireAdminSession } from "@/lib/auth/session";
import { paginationFrom, type SearchParams } from "@/lib/list-query";
import { describeEngine } from "@/lib/workflows/engine-description";
import { functionIdOf } from "@/lib/workflows/runner/function-registry";
import { listWorkflowRuns, outboxHealth, workflowRunFilterFrom } from "@/lib/workflows/run-queries";

export const metadata: Metadata = { title: "Workflows" };

const PATH = "/workflows";

export default async function WorkflowsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const params = await searchParams;
  const filter = workflowRunFilterFrom(params);
  const engine = describeEngine();
  const [page, health] = await Promise.all([listWorkflowRuns(filter, paginationFrom(params)), outboxHealth()]);
  const functionIds = inngestFunctions.map(functionIdOf).sort();

  return (
    <>
      <PageHeader
        title="Workflows"
        description="Background work (status syncs, e-mails, token refreshes, reports): every run, its steps and its outcome."
        actions={
          engine.dashboardUrl ? (
            <Button variant="outline" asChild>
              <a href={engine.dashboardUrl} target="_blank" rel="noreferrer">
                Open the Inngest dashboard
              </a>
            </Button>
          ) : null
        }
      />
      <div className="mb-4 max-w-2xl">
        <OutboxHealthCard health={health} engineLabel={engine.label} />
      </div>
      <FilterBar pathname={PATH}>
        <FilterSelect label="Status" id="filter-status" name="status" value={filter.status} allLabel="Any status" options={Object.entries(RUN_STATUS_LABELS)} />
        <FilterSelect label="Function" id="filter-function" name="function" value={filter.functionId} allLabel="All functions" options={functionIds.map((id) => [id, id] as const)} />
      </FilterBar>
      {page.total === 0 ? (
        <EmptyState icon={Workflow} title={filter.status || filter.functionId ? "No runs match" : "No runs yet"}>
          {engine.runsHere
            ? "Runs appear here as soon as something starts one: a sync, an e-mail, a schedule."
            : "Workflows run on Inngest: open its dashboard to see them. Events still waiting to reach it are counted above."}
        </EmptyState>
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Started</TableHead>
                <TableHead>Function</TableHead>
                <TableHead>Trigger</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Steps</TableHead>
                <TableHead className="text-right">Attempt</TableHead>
                <TableHead className="text-right">Duration</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.items.map((run) => (
                <TableRow key={run.id}>
                  <DateTimeLinkCell href={`/workflows/${run.id}`} date={run.startedAt ?? run.createdAt} />
                  <TableCell>
                    <Link href={`${PATH}?function=${encodeURIComponent(run.functionId)}`} className="hover:underline">
                      {run.functionId}
                    </Link>
                  </TableCell>
                  <TableCell className="text-muted-foreground">{run.trigger === "cron" ? "Schedule" : run.eventName}</TableCell>
                  <TableCell>
                    <RunStatusBadge status={run.status} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{run._count.steps}</TableCell>
                  <TableCell className="text-right tabular-nums">{run.attempt + 1}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatDuration(run.startedAt, run.finishedAt) ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination pathname={PATH} params={params} page={page} />
        </>
      )}
    </>
  );
}
