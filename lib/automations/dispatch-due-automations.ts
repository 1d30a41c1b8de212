import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { claimRun } from "./claim-run";
import { nextRunTime } from "./schedule";

/**
 * The every-minute tick: each active automation whose next run time has come gets one run
 * recorded for that scheduled time (claimRun's unique key makes a second runner or a retried
 * tick a no-op), and its next run time moves past `now` (missed times are not caught up one by
 * one: a console that was down for a day sends one daily report, not one per missed minute).
 */
export async function dispatchDueAutomations(now = new Date()): Promise<{ claimed: string[] }> {
  const due = await db.automation.findMany({
    where: { status: "ACTIVE", nextRunAt: { lte: now } },
    select: { id: true, cron: true, nextRunAt: true },
    orderBy: { nextRunAt: "asc" },
    take: 500,
  });
  const { timezone } = await getSettings();
  const claimed: string[] = [];
  for (const automation of due) {
    const scheduledFor = automation.nextRunAt!;
    const runId = await db.$transaction(async (tx) => {
      const id = await claimRun(tx, {
        automationId: automation.id,
        runKey: `schedule:${scheduledFor.toISOString()}`,
        trigger: "schedule",
        scheduledFor,
      });
      // Compare-and-set: only the dispatcher that saw this next run time moves it.
      await tx.automation.updateMany({
        where: { id: automation.id, nextRunAt: scheduledFor, status: "ACTIVE" },
        data: { nextRunAt: nextRunTime(automation.cron, timezone, now) },
      });
      return id;
    });
    if (runId) claimed.push(runId);
  }
  return { claimed };
}
