import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { checkAlertConditionsFunction } from "@/inngest/functions/check-alert-conditions";
import { dispatchAutomationsFunction } from "@/inngest/functions/dispatch-automations";
import { forwardAlertFunction } from "@/inngest/functions/forward-alert";
import { runAutomationFunction } from "@/inngest/functions/run-automation";
import { openAlert } from "@/lib/alerts";
import { createAutomation } from "@/lib/automations";
import { db } from "@/lib/db";
import { createDestination } from "@/lib/destinations";
import { createTelegramSandboxControl } from "../../../sandbox/providers/telegram/control-client";
import { createWebhookReceiverControl } from "../../../sandbox/providers/webhook/control-client";
import { fampageSandbox } from "../../support/order-fixtures";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";

const { url: sandboxUrl } = resetSandboxBeforeEach();
const telegram = createTelegramSandboxControl(sandboxUrl);
const receiver = createWebhookReceiverControl(sandboxUrl);

const runEvent = (runId: string, automationId: string) => ({ name: "automations/run.requested", data: { runId, automationId } });

async function telegramAutomation(name: string, chatId: number, typed: Parameters<typeof createAutomation>[0]) {
  const { destination } = await createDestination({ type: "TELEGRAM", name, telegramChatId: String(chatId) });
  return createAutomation({ ...typed, destinationId: destination.id });
}

describe("the dispatcher function", () => {
  it("claims each due run once and requests its execution through the outbox", async () => {
    const automation = await telegramAutomation("Dispatch", 501, { name: "Due", type: "SCHEDULED_REPORT", config: { period: "daily" }, companyId: null, destinationId: "", cron: "0 9 * * *" });
    await db.automation.update({ where: { id: automation.id }, data: { nextRunAt: new Date(Date.now() - 60_000) } });

    const first = await new InngestTestEngine({ function: dispatchAutomationsFunction }).execute();
    const second = await new InngestTestEngine({ function: dispatchAutomationsFunction }).execute();
    expect(first.result).toEqual({ claimed: [expect.any(String)] });
    expect(second.result).toEqual({ claimed: [] });
    const [runId] = (first.result as { claimed: string[] }).claimed;
    expect(await db.outboxEvent.findUnique({ where: { id: `automation-run:${runId}` } })).toMatchObject({ name: "automations/run.requested" });
  });
});

describe("the run function", () => {
  it("sends a scheduled report", async () => {
    const automation = await telegramAutomation("Reports", 502, { name: "Weekly", type: "SCHEDULED_REPORT", config: { period: "weekly" }, companyId: null, destinationId: "", cron: "0 8 * * 1" });
    const run = await db.automationRun.create({ data: { automationId: automation.id, runKey: "schedule:test", trigger: "schedule", scheduledFor: new Date() } });
    const { result } = await new InngestTestEngine({ function: runAutomationFunction, events: [runEvent(run.id, automation.id)] }).execute();
    expect(result).toMatchObject({ runId: run.id, status: "SUCCEEDED" });
    expect((await telegram.messages(502))[0]!.text).toMatch(/^<b>Weekly report: /);
  });

  it("checks alert conditions and forwards what opened", async () => {
    await fampageSandbox().setBalance("1.25");
    const automation = await telegramAutomation("Alerts", 503, { name: "Low balance", type: "ALERT", config: { kinds: ["panel.low_balance"], stuckAfterHours: 12 }, companyId: null, destinationId: "", cron: "*/5 * * * *" });
    const run = await db.automationRun.create({ data: { automationId: automation.id, runKey: "schedule:alert-test", trigger: "schedule", scheduledFor: new Date() } });
    const { result } = await new InngestTestEngine({ function: runAutomationFunction, events: [runEvent(run.id, automation.id)] }).execute();
    expect(result).toMatchObject({ status: "SUCCEEDED", summary: expect.stringContaining("forwarded 1 of 1") });
    expect((await telegram.messages(503))[0]!.text).toContain("Panel balance is low");
  });

  it("pushes a data sync batch to its webhook", async () => {
    const { destination, webhookSecret } = await createDestination({ type: "WEBHOOK", name: "Sync hook", webhookUrl: receiver.endpointUrl("fn-sync") });
    await receiver.registerSecret("fn-sync", webhookSecret!);
    const automation = await createAutomation({ name: "Sync", type: "DATA_SYNC", config: { entities: ["orders"] }, companyId: null, destinationId: destination.id, cron: "*/15 * * * *" });
    const run = await db.automationRun.create({ data: { automationId: automation.id, runKey: "schedule:sync-test", trigger: "schedule", scheduledFor: new Date() } });
    const { result } = await new InngestTestEngine({ function: runAutomationFunction, events: [runEvent(run.id, automation.id)] }).execute();
    expect(result).toMatchObject({ status: "SUCCEEDED", summary: "Synced orders: 0 new or changed records" });
  });
});

describe("alert functions", () => {
  it("forward an alert opened anywhere to every automation watching its kind", async () => {
    const watching = await telegramAutomation("Watcher", 504, { name: "All kinds", type: "ALERT", config: { kinds: [], stuckAfterHours: 24 }, companyId: null, destinationId: "", cron: "0 * * * *" });
    const alertId = await openAlert(db, { kind: "social.needs_reconnect", subjectKey: "fb-9", severity: "CRITICAL", title: "Facebook page needs reconnecting", message: "Token revoked" });
    const { result } = await new InngestTestEngine({ function: forwardAlertFunction, events: [{ name: "alerts/opened", data: { alertId, kind: "social.needs_reconnect" } }] }).execute();
    const claimed = (result as { claimed: string[] }).claimed;
    const runs = await db.automationRun.findMany({ where: { id: { in: claimed } } });
    expect(runs.map((run) => [run.automationId, run.runKey])).toContainEqual([watching.id, `alert:${alertId}`]);
  });

  it("close and reopen the low-balance episode on the five-minute check", async () => {
    await fampageSandbox().setBalance("900");
    await new InngestTestEngine({ function: checkAlertConditionsFunction }).execute();
    expect(await db.alert.count({ where: { kind: "panel.low_balance", openKey: { not: null } } })).toBe(0);
    await fampageSandbox().setBalance("0.50");
    const { result } = await new InngestTestEngine({ function: checkAlertConditionsFunction }).execute();
    expect(result).toMatchObject({ opened: [expect.any(String)] });
    expect(await db.alert.count({ where: { kind: "panel.low_balance", openKey: { not: null } } })).toBe(1);
  });
});
