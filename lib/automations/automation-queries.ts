import { db } from "@/lib/db";
import type { AutomationRunStatus, AutomationStatus, AutomationType, Prisma } from "@/lib/generated/prisma/client";
import { type PageOf, pageOf, type Pagination } from "@/lib/list-query";
import { getSettings } from "@/lib/settings";
import { type AutomationConfig, readAutomationConfig } from "./automation-config";
import { describeSchedule, nextRunTimes } from "./schedule";

export type AutomationSummary = {
  id: string;
  name: string;
  type: AutomationType;
  status: AutomationStatus;
  companyId: string | null;
  companyName: string | null;
  /** Null for a data sync to the GoHighLevel CRM. */
  destinationId: string | null;
  destinationName: string;
  cron: string;
  schedule: string;
  typed: AutomationConfig;
  nextRunAt: Date | null;
  lastRunAt: Date | null;
  runCount: number;
  errorCount: number;
};

export async function listAutomations(): Promise<AutomationSummary[]> {
  const [rows, settings] = await Promise.all([
    db.automation.findMany({ include: { destination: { select: { name: true } } }, orderBy: { createdAt: "asc" } }),
    getSettings(),
  ]);
  const companyIds = [...new Set(rows.map((row) => row.companyId).filter((id): id is string => id !== null))];
  const companies = await db.company.findMany({ where: { id: { in: companyIds } }, select: { id: true, name: true } });
  const companyName = new Map(companies.map((company) => [company.id, company.name]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    status: row.status,
    companyId: row.companyId,
    companyName: row.companyId ? (companyName.get(row.companyId) ?? "(deleted company)") : null,
    destinationId: row.destinationId,
    destinationName: row.destination?.name ?? "the GoHighLevel CRM",
    cron: row.cron,
    schedule: describeSchedule(row.cron, settings.timezone),
    typed: readAutomationConfig(row.type, row.config),
    nextRunAt: row.nextRunAt,
    lastRunAt: row.lastRunAt,
    runCount: row.runCount,
    errorCount: row.errorCount,
  }));
}

export async function getAutomation(id: string): Promise<AutomationSummary | null> {
  return (await listAutomations()).find((automation) => automation.id === id) ?? null;
}

/** What the schedule editor shows while typing: the wording and the next three runs in the agency's zone. */
export async function previewSchedule(cron: string, now = new Date()): Promise<{ description: string; nextRuns: Date[]; timezone: string }> {
  const { timezone } = await getSettings();
  return { description: describeSchedule(cron, timezone), nextRuns: nextRunTimes(cron, timezone, now, 3), timezone };
}

export type RunFilters = { automationId?: string; status?: AutomationRunStatus; trigger?: string };

export type RunHistoryEntry = {
  id: string;
  automationId: string;
  automationName: string;
  trigger: string;
  scheduledFor: Date;
  status: AutomationRunStatus;
  startedAt: Date | null;
  finishedAt: Date | null;
  summary: string | null;
  error: string | null;
};

export async function listRuns(filters: RunFilters, pagination: Pagination): Promise<PageOf<RunHistoryEntry>> {
  const where: Prisma.AutomationRunWhereInput = {
    ...(filters.automationId ? { automationId: filters.automationId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.trigger ? { trigger: filters.trigger } : {}),
  };
  const [rows, total] = await Promise.all([
    db.automationRun.findMany({
      where,
      include: { automation: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: pagination.skip,
      take: pagination.pageSize,
    }),
    db.automationRun.count({ where }),
  ]);
  return pageOf(
    rows.map(({ automation, ...run }) => ({
      id: run.id,
      automationId: run.automationId,
      automationName: automation.name,
      trigger: run.trigger,
      scheduledFor: run.scheduledFor,
      status: run.status,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      summary: run.summary,
      error: run.error,
    })),
    total,
    pagination,
  );
}
