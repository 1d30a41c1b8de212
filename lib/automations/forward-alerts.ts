import { db } from "@/lib/db";
import type { OutgoingMessage } from "@/lib/destinations";
import type { Alert, Automation } from "@/lib/generated/prisma/client";
import { alertKindLabel } from "./alert-kinds";
import { alertConfigSchema } from "./automation-config";
import { claimRun } from "./claim-run";

/** Alerts older than this when an automation first sees them are not forwarded (no flood on creation). */
const FORWARD_WINDOW_MS = 24 * 3_600_000;

type AlertAutomation = Pick<Automation, "id" | "companyId" | "config" | "createdAt">;
type ForwardableAlert = Pick<Alert, "id" | "kind" | "companyId" | "openedAt">;

export function automationWantsAlert(automation: AlertAutomation, alert: ForwardableAlert): boolean {
  const config = alertConfigSchema.safeParse(automation.config);
  if (!config.success) return false;
  const kindMatches = config.data.kinds.length === 0 || config.data.kinds.includes(alert.kind);
  const companyMatches = automation.companyId === null || automation.companyId === alert.companyId;
  return kindMatches && companyMatches;
}

async function claimAlertRun(automation: AlertAutomation, alert: ForwardableAlert): Promise<string | null> {
  return db.$transaction((tx) =>
    claimRun(tx, { automationId: automation.id, runKey: `alert:${alert.id}`, trigger: "alert", scheduledFor: alert.openedAt }),
  );
}

/** On `alerts/opened`: one run per active alert automation that watches this kind (and company). */
export async function claimAlertRuns(alertId: string): Promise<string[]> {
  const alert = await db.alert.findUnique({ where: { id: alertId } });
  if (!alert) return [];
  const automations = await db.automation.findMany({
    where: { type: "ALERT", status: "ACTIVE" },
    select: { id: true, companyId: true, config: true, createdAt: true },
  });
  const claimed: string[] = [];
  for (const automation of automations.filter((candidate) => automationWantsAlert(candidate, alert))) {
    const runId = await claimAlertRun(automation, alert);
    if (runId) claimed.push(runId);
  }
  return claimed;
}

/**
 * The open alerts this automation watches and has not forwarded yet (the event path may not have
 * run, or this is a "run now"): claimed here, so each alert is forwarded once whichever path wins.
 */
export async function claimPendingAlertRuns(automation: AlertAutomation, now: Date): Promise<string[]> {
  const since = new Date(Math.max(automation.createdAt.getTime(), now.getTime() - FORWARD_WINDOW_MS) - 60_000);
  const alerts = await db.alert.findMany({
    where: { openKey: { not: null }, openedAt: { gte: since } },
    select: { id: true, kind: true, companyId: true, openedAt: true },
    orderBy: { openedAt: "asc" },
  });
  const claimed: string[] = [];
  for (const alert of alerts.filter((candidate) => automationWantsAlert(automation, candidate))) {
    const runId = await claimAlertRun(automation, alert);
    if (runId) claimed.push(runId);
  }
  return claimed;
}

export function alertMessage(alert: Alert): OutgoingMessage {
  const label = alertKindLabel(alert.kind);
  return {
    event: "alert.opened",
    title: `${alert.severity === "CRITICAL" ? "🔴" : alert.severity === "WARNING" ? "🟠" : "🔵"} ${alert.title}`,
    lines: [alert.message, "", `Kind: ${label}`, `Opened: ${alert.openedAt.toISOString()}`],
    href: alert.href ?? undefined,
    data: {
      alertId: alert.id,
      kind: alert.kind,
      kindLabel: label,
      subjectKey: alert.subjectKey,
      severity: alert.severity,
      title: alert.title,
      message: alert.message,
      companyId: alert.companyId,
      openedAt: alert.openedAt.toISOString(),
    },
  };
}
