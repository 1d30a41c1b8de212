import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { retryWorkflowRunAction } from "@/actions/workflows";
import { ActionButton } from "@/components/forms/action-button";
import { StoredBody } from "@/components/logs/stored-body";
import { DetailItem } from "@/components/portal/detail-item";
import { PageHeader } from "@/components/portal/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDuration } from "@/components/workflows/duration";
import { RunStatusBadge } from "@/components/workflows/run-status-badge";
import { requireAdminSession } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { workflowRunDetail } from "@/lib/workflows/run-queries";

export const metadata: Metadata = { title: "Workflow run" };

const STEP_STATUS = { COMPLETED: ["Done", "success"], FAILED: ["Failed", "destructive"], SLEEPING: ["Waiting", "secondary"] } as const;

function stepError(error: unknown): string | null {
  return error && typeof error === "object" && "message" in error ? String((error as { message: unknown }).message) : null;
}

export default async function WorkflowRunPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminSession();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const run = await workflowRunDetail(id.data);
  if (!run) notFound();

  return (
    <>
      <PageHeader
        title={run.functionId}
        description={`${run.trigger === "cron" ? "Scheduled" : `Triggered by ${run.eventName}`} · ${formatDateTime(run.createdAt)}`}
        actions={
          <>
            {run.status === "FAILED" ? (
              <ActionButton action={retryWorkflowRunAction} input={{ runId: run.id }} successMessage="Run queued again.">
                Retry
              </ActionButton>
            ) : null}
            <Button variant="outline" asChild>
              <Link href="/workflows">
                <ArrowLeft aria-hidden /> All runs
              </Link>
            </Button>
          </>
        }
      />
      <div className="grid gap-6">
        <Card className="py-4">
          <CardContent>
            <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <DetailItem label="Status">
                <RunStatusBadge status={run.status} />
              </DetailItem>
              <DetailItem label="Started">{run.startedAt ? formatDateTime(run.startedAt) : null}</DetailItem>
              <DetailItem label="Duration">{formatDuration(run.startedAt, run.finishedAt)}</DetailItem>
              <DetailItem label={run.status === "QUEUED" || run.status === "SLEEPING" ? "Next attempt" : "Attempt"}>
                {run.status === "QUEUED" || run.status === "SLEEPING" ? `${formatDateTime(run.runAt)} (attempt ${run.attempt + 1})` : run.attempt + 1}
              </DetailItem>
              {run.error ? (
                <div className="sm:col-span-2 lg:col-span-4">
                  <DetailItem label={run.status === "FAILED" ? "Why it failed" : "Last error (retrying)"}>
                    <span className="text-destructive">{run.error}</span>
                  </DetailItem>
                </div>
              ) : null}
            </dl>
          </CardContent>
        </Card>

        <section aria-labelledby="steps-heading" className="grid gap-2">
          <h2 id="steps-heading" className="text-base font-semibold">
            Steps
          </h2>
          {run.steps.length === 0 ? (
            <p className="text-sm text-muted-foreground">No step has finished yet.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>#</TableHead>
                  <TableHead>Step</TableHead>
                  <TableHead>Outcome</TableHead>
                  <TableHead className="text-right">Attempts</TableHead>
                  <TableHead>Finished</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {run.steps.map((step) => {
                  const [label, variant] = STEP_STATUS[step.status];
                  const error = stepError(step.error);
                  return (
                    <TableRow key={step.id}>
                      <TableCell className="tabular-nums">{step.position + 1}</TableCell>
                      <TableCell className="font-medium">{step.name}</TableCell>
                      <TableCell>
                        <Badge variant={variant}>{label}</Badge>
                        {error ? <span className="ml-2 text-sm text-destructive">{error}</span> : null}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{step.attempts}</TableCell>
                      <TableCell className="whitespace-nowrap">{step.finishedAt ? formatDateTime(step.finishedAt) : "—"}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </section>
        <StoredBody title="Event" body={run.event} />
        {run.status === "COMPLETED" ? <StoredBody title="Result" body={run.output} /> : null}
      </div>
    </>
  );
}
