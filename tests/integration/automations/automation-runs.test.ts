import { describe, expect, it } from "vitest";
import { checkAlertConditions, claimAlertRuns, createAutomation, dispatchDueAutomations, executeAutomationRun, runAutomationNow } from "@/lib/automations";
import { db } from "@/lib/db";
import { createDestination } from "@/lib/destinations";
import { placeOrder } from "@/lib/orders/place-order";
import { createTelegramSandboxControl } from "../../../sandbox/providers/telegram/control-client";
import { createWebhookReceiverControl } from "../../../sandbox/providers/webhook/control-client";
import { fampageSandbox, findService, orderRequest, seedCompanyAndCatalog } from "../../support/order-fixtures";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { runAutomationTickProcess } from "../../support/workflows/runner-harness";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();
const telegram = createTelegramSandboxControl(sandboxUrl);
const receiver = createWebhookReceiverControl(sandboxUrl);

let chatCounter = 1000;
async function telegramDestination() {
  chatCounter += 1;
  const { destination } = await createDestination({ type: "TELEGRAM", name: `Chat ${chatCounter}`, telegramChatId: String(chatCounter) });
  return { destination, chatId: chatCounter };
}

async function webhookDestination(endpoint: string) {
  const { destination, webhookSecret } = await createDestination({ type: "WEBHOOK", name: endpoint, webhookUrl: receiver.endpointUrl(endpoint) });
  await receiver.registerSecret(endpoint, webhookSecret!);
  return destination;
}

describe("scheduled runs", () => {
  it("record one run per scheduled time, however many ticks see it", async () => {
    const { destination, chatId } = await telegramDestination();
    const created = await createAutomation({ name: "Daily", type: "SCHEDULED_REPORT", config: { period: "daily" }, companyId: null, destinationId: destination.id, cron: "0 9 * * *" }, new Date("2026-06-01T12:00:00Z"));
    expect(created.nextRunAt?.toISOString()).toBe("2026-06-02T09:00:00.000Z");

    const tick = new Date("2026-06-02T09:00:30Z");
    const [first, second] = await Promise.all([dispatchDueAutomations(tick), dispatchDueAutomations(tick)]);
    const claimed = [...first.claimed, ...second.claimed];
    expect(claimed).toHaveLength(1);
    expect((await dispatchDueAutomations(tick)).claimed).toEqual([]);
    const stored = await db.automation.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.nextRunAt?.toISOString()).toBe("2026-06-03T09:00:00.000Z");
    expect(await db.outboxEvent.count({ where: { name: "automations/run.requested", id: `automation-run:${claimed[0]}` } })).toBe(1);

    expect(await executeAutomationRun(claimed[0]!)).toMatchObject({ status: "SUCCEEDED" });
    expect(await executeAutomationRun(claimed[0]!)).toMatchObject({ status: "SKIPPED" });
    const [message] = await telegram.messages(chatId);
    expect(message!.text).toContain("<b>Daily report: 1 Jun 2026</b>");
    expect(message!.text).toContain("Orders placed: 0");
    expect(await db.automation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ runCount: 1, errorCount: 0 });
  });

  it("send exactly once when two runner processes tick at the same moment", async () => {
    const { destination, chatId } = await telegramDestination();
    await createAutomation({ name: "Twice?", type: "SCHEDULED_REPORT", config: { period: "weekly" }, companyId: null, destinationId: destination.id, cron: "0 8 * * 1" }, new Date("2026-06-01T09:00:00Z"));
    await db.automation.updateMany({ where: { name: { not: "Twice?" } }, data: { status: "PAUSED" } });
    const tick = "2026-06-08T08:00:05Z";
    const results = await Promise.all([runAutomationTickProcess(tick), runAutomationTickProcess(tick)]);
    expect(results.reduce((sum, result) => sum + result.claimed, 0)).toBe(1);
    expect(results.reduce((sum, result) => sum + result.executed, 0)).toBe(1);
    expect(await telegram.messages(chatId)).toHaveLength(1);
    expect(await db.automationRun.count({ where: { automation: { name: "Twice?" } } })).toBe(1);
  }, 90_000);
});

describe("alert automations", () => {
  it("forward a low-balance episode once, whichever path sees it, and again after it re-arms", async () => {
    const destination = await webhookDestination("alerts");
    const automation = await createAutomation({ name: "Balance", type: "ALERT", config: { kinds: ["panel.low_balance"], stuckAfterHours: 24 }, companyId: null, destinationId: destination.id, cron: "*/5 * * * *" });
    await fampageSandbox().setBalance("3.50");

    const manual = await runAutomationNow(automation.id);
    expect(manual).toMatchObject({ status: "SUCCEEDED", summary: expect.stringContaining("forwarded 1 of 1 alert") });
    await checkAlertConditions();
    const alert = await db.alert.findFirstOrThrow({ where: { kind: "panel.low_balance", openKey: { not: null } } });
    expect(await claimAlertRuns(alert.id)).toEqual([]);
    expect((await runAutomationNow(automation.id)).summary).toContain("forwarded 0 of 0");

    const delivered = await receiver.deliveries("alerts");
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ verdict: "valid", event: "alert.opened", body: { type: "alert.opened", data: { kind: "panel.low_balance", title: "Panel balance is low" } } });

    await fampageSandbox().setBalance("500");
    expect((await checkAlertConditions()).resolved).toBe(1);
    await fampageSandbox().setBalance("2");
    const reopened = await checkAlertConditions();
    expect(reopened.opened).toHaveLength(1);
    expect(await claimAlertRuns(reopened.opened[0]!)).toHaveLength(1);
    const pending = await db.automationRun.findFirstOrThrow({ where: { runKey: `alert:${reopened.opened[0]}` } });
    expect(await executeAutomationRun(pending.id)).toMatchObject({ status: "SUCCEEDED" });
    expect(await receiver.deliveries("alerts")).toHaveLength(2);
  });

  it("forward kinds opened elsewhere in the console, and skip kinds not watched", async () => {
    const { destination, chatId } = await telegramDestination();
    await createAutomation({ name: "GHL", type: "ALERT", config: { kinds: ["ghl.needs_reconnect"], stuckAfterHours: 24 }, companyId: null, destinationId: destination.id, cron: "0 * * * *" });
    const { openAlert } = await import("@/lib/alerts");
    const ghl = await openAlert(db, { kind: "ghl.needs_reconnect", subjectKey: "loc-1", severity: "CRITICAL", title: "GoHighLevel <Acme> needs reconnecting", message: "Token revoked" });
    const social = await openAlert(db, { kind: "social.token_expiring", subjectKey: "ig-1", severity: "WARNING", title: "Token expiring", message: "3 days" });
    const [runId] = await claimAlertRuns(ghl!);
    expect(await claimAlertRuns(social!)).toEqual([]);
    expect(await executeAutomationRun(runId!)).toMatchObject({ status: "SUCCEEDED" });
    const [message] = await telegram.messages(chatId);
    expect(message!.text).toContain("GoHighLevel &lt;Acme&gt; needs reconnecting");
    expect(message!.text).toContain("Kind: GoHighLevel needs reconnecting");
  });
});

describe("data sync to a webhook", () => {
  it("sends each new or changed record once and resumes from its cursor after a failure", async () => {
    const company = await seedCompanyAndCatalog();
    const service = await findService("Default");
    for (let index = 0; index < 3; index += 1) await placeOrder(orderRequest(company.id, service.id));
    const destination = await webhookDestination("sync");
    const automation = await createAutomation({ name: "Sync", type: "DATA_SYNC", config: { entities: ["orders", "invoices"] }, companyId: null, destinationId: destination.id, cron: "*/15 * * * *" });

    expect(await runAutomationNow(automation.id)).toMatchObject({ status: "SUCCEEDED", summary: "Synced orders: 3, invoices: 3 new or changed records" });
    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 0, invoices: 0 new or changed records");

    const changed = await db.order.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    await db.order.update({ where: { id: changed.id }, data: { lastError: "touched" } });
    await control.injectFault({ provider: "webhook", path: "/in/sync", mode: "http_500", count: 3 });
    const failed = await runAutomationNow(automation.id);
    expect(failed).toMatchObject({ status: "FAILED", summary: expect.stringContaining("resumes from the last delivered record") });

    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 1, invoices: 0 new or changed records");
    const bodies = (await receiver.deliveries("sync")).filter((delivery) => delivery.verdict === "valid").map((delivery) => delivery.body as { type: string; data: { records: { id: string }[] } });
    const orderIds = bodies.filter((body) => body.type === "sync.orders").flatMap((body) => body.data.records.map((record) => record.id));
    expect(orderIds).toHaveLength(4);
    expect(orderIds.filter((id) => id === changed.id)).toHaveLength(2);
    expect(await db.automation.findUniqueOrThrow({ where: { id: automation.id } })).toMatchObject({ runCount: 4, errorCount: 1 });
  });
});
