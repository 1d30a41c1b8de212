import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { type DeliveryResult, deliverMessage, type OutgoingMessage } from "@/lib/destinations";
import type { DeliveryTiming } from "@/lib/destinations/delivery-attempt";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import type { Automation, AutomationRun } from "@/lib/generated/prisma/client";
import { readAutomationConfig } from "./automation-config";
import { reportFigures, reportMessage } from "./build-report";
import { checkAlertConditions } from "./check-alert-conditions";
import { claimRun } from "./claim-run";
import { alertMessage, claimPendingAlertRuns } from "./forward-alerts";
import { syncRecords } from "./sync-records";
import { errorFields, log } from "@/lib/log";

type RunOutcome = { ok: boolean; summary: string };
type RunWithAutomation = AutomationRun & { automation: Automation };

function withAbsoluteLink(message: OutgoingMessage): OutgoingMessage {
  return message.href ? { ...message, href: new URL(message.href, env().APP_URL).toString() } : message;
}

async function deliver(run: RunWithAutomation, message: OutgoingMessage, timing?: DeliveryTiming): Promise<DeliveryResult> {
  const { destinationId } = run.automation;
  if (destinationId === null) throw new UserFacingError("This automation has no destination: edit it and choose one.");
  return deliverMessage({ destinationId, runId: run.id, deliveryId: run.id, message: withAbsoluteLink(message) }, timing);
}

const asOutcome = (result: DeliveryResult, what: string): RunOutcome =>
  result.ok ? { ok: true, summary: `${what}: ${result.detail}` } : { ok: false, summary: `${what} not delivered: ${result.error}` };

async function forwardAlert(run: RunWithAutomation, timing?: DeliveryTiming): Promise<RunOutcome> {
  const alert = await db.alert.findUnique({ where: { id: run.runKey.slice("alert:".length) } });
  if (!alert) return { ok: false, summary: "The alert no longer exists." };
  return asOutcome(await deliver(run, alertMessage(alert), timing), `Alert "${alert.title}"`);
}

/** A scheduled or manual alert run: check the conditions now, then forward what this automation has not yet. */
async function checkAndForward(run: RunWithAutomation, timing?: DeliveryTiming): Promise<RunOutcome> {
  const check = await checkAlertConditions(run.startedAt ?? new Date());
  const claimed = await claimPendingAlertRuns(run.automation, new Date());
  const results = await Promise.all(claimed.map((runId) => executeAutomationRun(runId, timing)));
  const failed = results.filter((result) => result.status === "FAILED").length;
  const summary = `Checked conditions (${check.opened.length} opened, ${check.resolved} resolved); forwarded ${claimed.length - failed} of ${claimed.length} alert${claimed.length === 1 ? "" : "s"}`;
  return { ok: failed === 0, summary };
}

async function produce(run: RunWithAutomation, timing?: DeliveryTiming): Promise<RunOutcome> {
  const { automation } = run;
  const typed = readAutomationConfig(automation.type, automation.config);
  switch (typed.type) {
    case "SCHEDULED_REPORT": {
      const company = automation.companyId ? await db.company.findUnique({ where: { id: automation.companyId }, select: { name: true } }) : null;
      const figures = await reportFigures(typed.config.period, run.scheduledFor, automation.companyId);
      return asOutcome(await deliver(run, reportMessage(typed.config.period, figures, company?.name ?? null), timing), "Report");
    }
    case "ALERT":
      return run.runKey.startsWith("alert:") ? forwardAlert(run, timing) : checkAndForward(run, timing);
    case "DATA_SYNC":
      return syncRecords(automation, typed.config, run.id);
  }
}

export type ExecutedRun = { runId: string; status: "SUCCEEDED" | "FAILED" | "SKIPPED"; summary: string };

/**
 * Executes a recorded run once: the PENDING → RUNNING claim lets exactly one executor through
 * (a redelivered event, a second engine, "run now" racing the engine). Failures are recorded on
 * the run, never thrown: re-running a run that reached a destination could send twice.
 */
export async function executeAutomationRun(runId: string, timing?: DeliveryTiming): Promise<ExecutedRun> {
  const startedAt = new Date();
  const { count } = await db.automationRun.updateMany({ where: { id: runId, status: "PENDING" }, data: { status: "RUNNING", startedAt } });
  if (count === 0) return { runId, status: "SKIPPED", summary: "Already executed or executing" };
  const run = await db.automationRun.findUniqueOrThrow({ where: { id: runId }, include: { automation: true } });
  let outcome: RunOutcome;
  try {
    outcome = await produce(run, timing);
  } catch (error) {
    log.error({ automationRunId: runId, automationId: run.automationId, ...errorFields(error) }, "automation run failed");
    outcome = { ok: false, summary: error instanceof UserFacingError ? error.message : "The run failed on our side; see the server log." };
  }
  const finishedAt = new Date();
  await db.$transaction([
    db.automationRun.update({
      where: { id: runId },
      data: { status: outcome.ok ? "SUCCEEDED" : "FAILED", finishedAt, summary: outcome.ok ? outcome.summary : null, error: outcome.ok ? null : outcome.summary },
    }),
    db.automation.update({
      where: { id: run.automationId },
      data: { lastRunAt: finishedAt, runCount: { increment: 1 }, ...(outcome.ok ? {} : { errorCount: { increment: 1 } }) },
    }),
  ]);
  return { runId, status: outcome.ok ? "SUCCEEDED" : "FAILED", summary: outcome.summary };
}

/** "Run now": recorded like any run (its own key), then executed at once so the administrator sees the outcome. */
export async function runAutomationNow(automationId: string, timing?: DeliveryTiming): Promise<ExecutedRun> {
  const automation = await db.automation.findUnique({ where: { id: automationId }, select: { id: true } });
  if (!automation) throw new UserFacingError("That automation no longer exists.");
  const now = new Date();
  const runId = await db.$transaction((tx) =>
    claimRun(tx, { automationId, runKey: `manual:${randomUUID()}`, trigger: "manual", scheduledFor: now }),
  );
  return executeAutomationRun(runId!, timing);
}
