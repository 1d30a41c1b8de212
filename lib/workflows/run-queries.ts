import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma, WorkflowRunStatus } from "@/lib/generated/prisma/client";
import { firstParam, type PageOf, pageOf, type Pagination, type SearchParams } from "@/lib/list-query";

export const RUN_STATUSES = ["QUEUED", "RUNNING", "SLEEPING", "COMPLETED", "FAILED", "CANCELLED"] as const satisfies readonly WorkflowRunStatus[];

export type WorkflowRunFilter = { status?: WorkflowRunStatus; functionId?: string };

export function workflowRunFilterFrom(params: SearchParams): WorkflowRunFilter {
  return {
    status: z.enum(RUN_STATUSES).optional().catch(undefined).parse(firstParam(params, "status")),
    functionId: z.string().max(200).optional().catch(undefined).parse(firstParam(params, "function")),
  };
}

const runListFields = {
  id: true,
  functionId: true,
  trigger: true,
  eventName: true,
  status: true,
  attempt: true,
  error: true,
  runAt: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
  _count: { select: { steps: true } },
} satisfies Prisma.WorkflowRunSelect;

export type WorkflowRunRow = Prisma.WorkflowRunGetPayload<{ select: typeof runListFields }>;

export async function listWorkflowRuns(filter: WorkflowRunFilter, pagination: Pagination): Promise<PageOf<WorkflowRunRow>> {
  const where: Prisma.WorkflowRunWhereInput = { status: filter.status, functionId: filter.functionId };
  const [items, total] = await Promise.all([
    db.workflowRun.findMany({ where, orderBy: { createdAt: "desc" }, skip: pagination.skip, take: pagination.pageSize, select: runListFields }),
    db.workflowRun.count({ where }),
  ]);
  return pageOf(items, total, pagination);
}

export async function workflowRunDetail(id: string) {
  return db.workflowRun.findUnique({ where: { id }, include: { steps: { orderBy: { position: "asc" } } } });
}

export type OutboxHealth = { pending: number; oldestPendingAt: Date | null; failing: number; lastError: string | null };

/** How far the outbox is behind: with Inngest down, events wait here (never lost) and this says so. */
export async function outboxHealth(): Promise<OutboxHealth> {
  const [summary] = await db.$queryRaw<{ pending: number; oldestPendingAt: Date | null; failing: number }[]>`
    SELECT count(*)::int AS "pending", min("createdAt") AS "oldestPendingAt", count(*) FILTER (WHERE "lastError" IS NOT NULL)::int AS "failing"
    FROM "OutboxEvent" WHERE "deliveredAt" IS NULL`;
  const failing = await db.outboxEvent.findFirst({
    where: { deliveredAt: null, lastError: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { lastError: true },
  });
  return { pending: summary?.pending ?? 0, oldestPendingAt: summary?.oldestPendingAt ?? null, failing: summary?.failing ?? 0, lastError: failing?.lastError ?? null };
}
