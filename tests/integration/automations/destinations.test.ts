import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDestination, deliverMessage, enableDestination, sendTestMessage, WEBHOOK_FAILURE_LIMIT } from "@/lib/destinations";
import type { DeliveryTiming } from "@/lib/destinations/delivery-attempt";
import { createTelegramSandboxControl } from "../../../sandbox/providers/telegram/control-client";
import { createWebhookReceiverControl } from "../../../sandbox/providers/webhook/control-client";
import { sandboxMailsTo } from "../../support/sandbox-mail";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();
const telegram = createTelegramSandboxControl(sandboxUrl);
const receiver = createWebhookReceiverControl(sandboxUrl);

/** Waiting is moving the sandbox's clock: its flood limit and timestamps follow it, and the test does not wait. */
const sandboxTiming: DeliveryTiming = { sleep: async (ms) => void (await control.advanceClock(Math.ceil(ms / 1000))) };
const noWait: DeliveryTiming = { sleep: async () => undefined };

const message = (overrides: Partial<Parameters<typeof deliverMessage>[0]["message"]> = {}) => ({
  event: "alert.opened",
  title: "Balance <low> & falling",
  lines: ['Spend "today": $12 <b>not bold</b>'],
  data: { answer: 42 },
  ...overrides,
});

async function telegramDestination(chatId = "424242") {
  return (await createDestination({ type: "TELEGRAM", name: "Ops chat", telegramChatId: chatId })).destination;
}

async function webhookDestination(endpoint: string, options: { register?: boolean; path?: string } = {}) {
  const { destination, webhookSecret } = await createDestination({
    type: "WEBHOOK",
    name: `Hook ${endpoint}`,
    webhookUrl: `${sandboxUrl}/webhook/${options.path ?? "in"}/${endpoint}`,
  });
  if (options.register !== false) await receiver.registerSecret(endpoint, webhookSecret!);
  return { destination, webhookSecret: webhookSecret! };
}

const deliveriesOf = (destinationId: string) =>
  db.destinationDelivery.findMany({ where: { destinationId }, orderBy: [{ createdAt: "asc" }, { attempt: "asc" }] });

describe("Telegram destinations against the sandbox Bot API", () => {
  it("sends escaped HTML that Telegram parses, and logs the delivery", async () => {
    const destination = await telegramDestination();
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "d1", message: message() });
    expect(result.ok).toBe(true);
    const [sent] = await telegram.messages(424242);
    expect(sent!.parseMode).toBe("HTML");
    expect(sent!.text).toBe('<b>Balance &lt;low&gt; &amp; falling</b>\nSpend &quot;today&quot;: $12 &lt;b&gt;not bold&lt;/b&gt;');
    expect(await deliveriesOf(destination.id)).toMatchObject([{ event: "alert.opened", outcome: "SUCCEEDED", responseCode: 200, attempt: 1 }]);
  });

  it("waits out a 429 retry_after and then delivers once", async () => {
    const destination = await telegramDestination();
    await control.injectFault({ provider: "telegram", path: "/bot*/sendMessage", mode: "rate_limit", retryAfterSeconds: 3 });
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "d2", message: message() }, sandboxTiming);
    expect(result.ok).toBe(true);
    expect(await telegram.messages(424242)).toHaveLength(1);
    expect((await control.clock()).offsetSeconds).toBe(3);
    expect((await deliveriesOf(destination.id)).map((row) => [row.outcome, row.responseCode])).toEqual([
      ["FAILED", 429],
      ["SUCCEEDED", 200],
    ]);
  });

  it("splits a long report under 4,096 characters per message, every part valid HTML", async () => {
    const destination = await telegramDestination();
    const lines = Array.from({ length: 400 }, (_, index) => `Order ${index} for <Client & Co> "quoted" — ok`);
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "d3", message: message({ lines }) }, sandboxTiming);
    expect(result.ok).toBe(true);
    const sent = await telegram.messages(424242);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((part) => part.text.length <= 4096)).toBe(true);
    expect(sent.map((part) => part.text).join("\n")).toContain("Order 399 for &lt;Client &amp; Co&gt;");
  });

  it("disables the destination with a clear status and one alert when the bot is blocked", async () => {
    const destination = await telegramDestination();
    await telegram.setChatStatus({ chatId: 424242, status: "blocked" });
    const first = await deliverMessage({ destinationId: destination.id, deliveryId: "d4", message: message() });
    expect(first).toMatchObject({ ok: false, error: expect.stringContaining("blocked") });
    const stored = await db.destination.findUniqueOrThrow({ where: { id: destination.id } });
    expect(stored.status).toBe("DISABLED");
    expect(stored.statusReason).toMatch(/blocked/);
    const second = await deliverMessage({ destinationId: destination.id, deliveryId: "d5", message: message() });
    expect(second).toMatchObject({ ok: false, error: expect.stringContaining("disabled") });
    expect(await db.alert.count({ where: { kind: "destination.disabled", subjectKey: destination.id } })).toBe(1);

    await telegram.setChatStatus({ chatId: 424242, status: "reachable" });
    await enableDestination(destination.id);
    expect((await sendTestMessage(destination.id)).ok).toBe(true);
    expect(await db.alert.count({ where: { kind: "destination.disabled", openKey: { not: null } } })).toBe(0);
  });

  it("disables the destination when the bot was removed from the group", async () => {
    const destination = await telegramDestination();
    await telegram.setChatStatus({ chatId: 424242, status: "kicked" });
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "d-kicked", message: message() });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("kicked") });
    expect(await db.destination.findUniqueOrThrow({ where: { id: destination.id } })).toMatchObject({ status: "DISABLED", statusReason: "The bot was removed from this chat: add it back, then enable the destination." });
    expect(await telegram.messages(424242)).toEqual([]);
  });

  it("follows a group's upgrade to a supergroup and stores the new chat id", async () => {
    const destination = await telegramDestination("-4242");
    await telegram.setChatStatus({ chatId: -4242, status: "migrated", migrateToChatId: -1004242424242 });
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "d6", message: message() });
    expect(result).toMatchObject({ ok: true, detail: expect.stringContaining("-1004242424242") });
    expect(await telegram.messages(-1004242424242)).toHaveLength(1);
    expect((await db.destination.findUniqueOrThrow({ where: { id: destination.id } })).telegramChatId).toBe("-1004242424242");
  });
});

describe("webhook destinations", () => {
  it("signs every delivery so the receiver verifies it, with an event type and schema version", async () => {
    const { destination } = await webhookDestination("signed");
    expect(destination.webhookSecret).toMatch(/^[^:]+:/);
    expect(destination.webhookSecret).not.toContain("whsec_");
    expect((await sendTestMessage(destination.id)).ok).toBe(true);
    const [received] = await receiver.deliveries("signed");
    expect(received).toMatchObject({ verdict: "valid", event: "test", body: { type: "test", schemaVersion: 1, data: { destinationName: "Hook signed" } } });
  });

  it("is refused by the receiver when signed with another secret", async () => {
    const { destination } = await webhookDestination("forged", { register: false });
    await receiver.registerSecret("forged", "whsec_some-other-secret-entirely");
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "f1", message: message() }, noWait);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("401") });
    expect((await receiver.deliveries("forged")).map((row) => row.verdict)).toEqual(["invalid"]);
  });

  it("retries a 5xx with the same delivery id, then succeeds", async () => {
    const { destination } = await webhookDestination("flaky");
    await control.injectFault({ provider: "webhook", path: "/in/flaky", mode: "http_500", count: 2 });
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "same-id", message: message() }, noWait);
    expect(result.ok).toBe(true);
    expect((await deliveriesOf(destination.id)).map((row) => row.responseCode)).toEqual([500, 500, 200]);
    const [received] = await receiver.deliveries("flaky");
    expect(received!.deliveryId).toBe("same-id");
  });

  it("does not follow redirects", async () => {
    const { destination } = await webhookDestination("moved", { path: "redirect" });
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "r1", message: message() }, noWait);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("redirects are not followed") });
    expect(await receiver.deliveries("moved")).toEqual([]);
  });

  it(`is disabled after ${WEBHOOK_FAILURE_LIMIT} failed deliveries in a row, alerting once`, async () => {
    const { destination } = await webhookDestination("down");
    await control.injectFault({ provider: "webhook", path: "/in/down", mode: "http_500", count: 100 });
    for (let index = 0; index < WEBHOOK_FAILURE_LIMIT; index += 1) {
      await deliverMessage({ destinationId: destination.id, deliveryId: `down-${index}`, message: message() }, noWait);
    }
    const stored = await db.destination.findUniqueOrThrow({ where: { id: destination.id } });
    expect(stored).toMatchObject({ status: "DISABLED", consecutiveFailures: WEBHOOK_FAILURE_LIMIT });
    expect(stored.statusReason).toContain("5 deliveries in a row failed");
    expect(await db.alert.findMany({ where: { kind: "destination.disabled", subjectKey: destination.id } })).toHaveLength(1);
  });

  it("refuses private, loopback and metadata addresses that are not the sandbox", async () => {
    for (const url of ["https://10.0.0.8/hook", "https://169.254.169.254/latest", "https://[::1]/hook", "https://[::ffff:127.0.0.1]/x", "http://example.com/hook"]) {
      await expect(createDestination({ type: "WEBHOOK", name: "bad", webhookUrl: url })).rejects.toThrow(/cannot be sent|HTTPS/);
    }
  });
});

describe("e-mail destinations", () => {
  it("sends HTML and text bodies to every address through Resend", async () => {
    const { destination } = await createDestination({ type: "EMAIL", name: "Owners", emailRecipients: ["owner@agency.test", "ops@agency.test"] });
    expect((await deliverMessage({ destinationId: destination.id, deliveryId: "e1", message: message() })).ok).toBe(true);
    const [mail] = await sandboxMailsTo("ops@agency.test");
    expect(mail!.subject).toBe("Balance <low> & falling");
    expect(mail!.html).toContain("&lt;b&gt;not bold&lt;/b&gt;");
    expect(mail!.text).toContain('Spend "today": $12 <b>not bold</b>');
  });

  it("waits out a short Resend 429 and sends once", async () => {
    const { destination } = await createDestination({ type: "EMAIL", name: "Owners", emailRecipients: ["limits@agency.test"] });
    await control.injectFault({ provider: "resend", method: "POST", path: "/emails", mode: "rate_limit", retryAfterSeconds: 1 });
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "e-429", message: message() });
    expect(result).toMatchObject({ ok: true, detail: 'E-mail sent to limits@agency.test to "Owners"' });
    expect(await sandboxMailsTo("limits@agency.test")).toHaveLength(1);
    expect(await control.requests({ provider: "resend", path: "/emails" })).toHaveLength(2);
  });

  it("reports a Resend 429 with a long wait as a failed delivery, logged with its code", async () => {
    const { destination } = await createDestination({ type: "EMAIL", name: "Owners", emailRecipients: ["later@agency.test"] });
    await control.injectFault({ provider: "resend", method: "POST", path: "/emails", mode: "rate_limit", retryAfterSeconds: 600 });
    const result = await deliverMessage({ destinationId: destination.id, deliveryId: "e-429-long", message: message() });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("Resend refused the e-mail") });
    expect((await deliveriesOf(destination.id)).map((row) => [row.outcome, row.responseCode])).toEqual([["FAILED", 429]]);
    expect(await sandboxMailsTo("later@agency.test")).toEqual([]);
  });
});
