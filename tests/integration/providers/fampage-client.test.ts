import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createFampageClient, MAX_IDS_PER_BATCH, type PanelItemResult } from "@/lib/providers/fampage";
import { createFampageSandboxControl } from "../../../sandbox/providers/fampage/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const API_KEY = "fampage-sandbox-key";
const { sandboxUrl, control, records, clientDependencies, providerErrorOf } = setUpProviderContract({ secrets: [API_KEY] });
const panel = createFampageSandboxControl(sandboxUrl);

function fampageClient(apiKey = API_KEY) {
  return createFampageClient({ baseUrl: `${sandboxUrl}/fampage/api/v2`, apiKey, timeoutMs: 2_000 }, clientDependencies);
}

const client = fampageClient();

const journalFormSchema = z.looseObject({ action: z.string() });

/** The form bodies the panel received, in order. */
async function formsSent(): Promise<z.infer<typeof journalFormSchema>[]> {
  const requests = await control.requests({ provider: "fampage", path: "/api/v2" });
  return requests.map((request) => journalFormSchema.parse(request.body));
}

function okItem<T extends object>(result: PanelItemResult<T> | undefined): { ok: true } & T {
  if (result === undefined || !result.ok) throw new Error(`expected an accepted item, got ${JSON.stringify(result)}`);
  return result;
}

async function placeOrder(link: string, service = 1, quantity = 1_000): Promise<number> {
  const placed = await client.addOrder({ type: "Default", service, link, quantity });
  return placed.providerOrderId;
}

describe("services", () => {
  it("reads the catalog into PanelService values", async () => {
    const services = await client.listServices();

    expect(services).toHaveLength(25);
    expect(new Set(services.map((service) => service.type))).toEqual(
      new Set(["Default", "Package", "Custom Comments", "Poll", "Subscriptions"]),
    );
    const noRefill = services.find((service) => service.id === 2);
    expect(noRefill).toMatchObject({ name: "Instagram Followers [No refill]", category: "Instagram Followers", min: 100, max: 50_000 });
    expect(noRefill?.rate).toBeInstanceOf(Decimal);
    expect(noRefill?.rate.toFixed()).toBe("0.41275");
    expect(noRefill).toMatchObject({ refill: false, cancel: true, dripfeed: false });
    // The panel leaves `cancel` and `dripfeed` out for this one: both read as false.
    expect(services.find((service) => service.id === 4)).toMatchObject({ refill: false, cancel: false, dripfeed: false });
    expect(services.find((service) => service.id === 3)).toMatchObject({ dripfeed: true, refill: true });
    expect(services.find((service) => service.id === 1)?.desc).toBe("Real-looking profiles, 5-10k per day.");
    expect(services.find((service) => service.id === 2)).not.toHaveProperty("desc");
  });
});

describe("addOrder", () => {
  it("places a Default order and takes rate × quantity / 1000 from the balance", async () => {
    const { providerOrderId } = await client.addOrder({ type: "Default", service: 2, link: "https://instagram.com/acme", quantity: 1_000 });

    expect(providerOrderId).toBeGreaterThan(0);
    const status = await client.getOrderStatus(providerOrderId);
    expect(status).toMatchObject({ status: "Pending", remains: 1_000, currency: "USD" });
    expect(status.charge.toFixed()).toBe("0.41275");
    expect((await client.getBalance()).balance.toFixed()).toBe("100.43017");
  });

  it("sends each order type's own parameters", async () => {
    await client.addOrder({ type: "Default", service: 3, link: "https://instagram.com/drip", quantity: 100, dripFeed: { runs: 5, intervalMinutes: 30 } });
    await client.addOrder({ type: "Package", service: 11, link: "https://instagram.com/package" });
    const comments = ["Love it", "So good 🔥", "Where is this?", "Amazing", "Wow"];
    await client.addOrder({ type: "Custom Comments", service: 6, link: "https://instagram.com/p/1", comments });
    await client.addOrder({ type: "Poll", service: 10, link: "https://instagram.com/stories/acme/1", quantity: 200, answerNumber: 2 });
    await client.addOrder({
      type: "Subscriptions",
      service: 9,
      username: "acme",
      min: 100,
      max: 200,
      posts: 3,
      oldPosts: 1,
      delayMinutes: 15,
      expiry: new Date("2026-03-07T12:00:00Z"),
    });

    const forms = await formsSent();
    expect(forms.map(({ key, action, ...fields }) => ({ key, action, fields }))).toEqual([
      { key: "[REDACTED]", action: "add", fields: { service: "3", link: "https://instagram.com/drip", quantity: "100", runs: "5", interval: "30" } },
      { key: "[REDACTED]", action: "add", fields: { service: "11", link: "https://instagram.com/package" } },
      { key: "[REDACTED]", action: "add", fields: { service: "6", link: "https://instagram.com/p/1", comments: comments.join("\n") } },
      { key: "[REDACTED]", action: "add", fields: { service: "10", link: "https://instagram.com/stories/acme/1", quantity: "200", answer_number: "2" } },
      {
        key: "[REDACTED]",
        action: "add",
        fields: { service: "9", username: "acme", min: "100", max: "200", posts: "3", old_posts: "1", delay: "15", expiry: "07/03/2026" },
      },
    ]);

    const orders = await panel.orders();
    expect(orders.map((order) => [order.service, order.quantity, order.charge])).toEqual([
      [3, 500, "0.56173"], // drip-feed: 5 runs of 100 at 1.12345 per 1000
      [11, 1, "9.99000"], // a package costs its rate
      [6, 5, "0.06250"], // one unit per comment
      [10, 200, "0.19000"],
      [9, 600, "0.13200"], // 3 posts at up to 200 each
    ]);
  });

  const link = "https://x.com/a";
  it.each([
    ["an unknown service", { type: "Default", service: 999, link, quantity: 100 }, "Incorrect service ID", "incorrect_service_id"],
    ["too small a quantity", { type: "Default", service: 1, link, quantity: 10 }, "Quantity less than minimal 50", "quantity_out_of_range"],
    ["too large a quantity", { type: "Default", service: 1, link, quantity: 10_001 }, "Quantity more than maximal 10000", "quantity_out_of_range"],
    ["a missing link", { type: "Default", service: 1, link: "", quantity: 100 }, "Incorrect link", "unknown_refusal"],
    [
      "drip-feed where the service has none",
      { type: "Default", service: 1, link, quantity: 100, dripFeed: { runs: 2, intervalMinutes: 10 } },
      "Drip-feed is disabled for this service",
      "unknown_refusal",
    ],
    ["too few comments", { type: "Custom Comments", service: 6, link, comments: ["only one"] }, "Quantity less than minimal 5", "quantity_out_of_range"],
  ] as const)("refuses %s with the panel's message and a stable code", async (_case, params, message, providerCode) => {
    const error = await providerErrorOf(client.addOrder(params));

    expect(error).toMatchObject({ kind: "invalid_request", message, providerCode, httpStatus: 200, ambiguous: false });
    expect(await panel.orders()).toHaveLength(0);
    expect((await client.getBalance()).balance.toFixed()).toBe("100.84292");
  });

  it("refuses a second order for a link while the first is active, and accepts it once that one ended", async () => {
    const first = await placeOrder("https://tiktok.com/@acme", 14);

    const error = await providerErrorOf(client.addOrder({ type: "Default", service: 14, link: "https://tiktok.com/@acme", quantity: 100 }));
    expect(error).toMatchObject({
      kind: "invalid_request",
      providerCode: "active_order_for_link",
      message: "You have active order with this link. Please wait until order being completed.",
    });
    // Another service for the same link is fine.
    await placeOrder("https://tiktok.com/@acme", 15, 100);

    await panel.forceStatus(first, { status: "Completed" });
    await expect(placeOrder("https://tiktok.com/@acme", 14, 100)).resolves.toBeGreaterThan(first);
  });

  it("refuses an order the balance cannot pay for and leaves the balance alone", async () => {
    await panel.setBalance("1.00");
    await placeOrder("https://instagram.com/a", 1, 1_000); // 0.90

    const error = await providerErrorOf(placeOrder("https://instagram.com/b", 1, 1_000));

    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "not_enough_funds", message: "Not enough funds on balance" });
    expect((await client.getBalance()).balance.toFixed()).toBe("0.1");
    expect(await panel.orders()).toHaveLength(1);
  });
});

describe("order status", () => {
  it("moves from Pending through In progress to Completed as the sandbox clock advances", async () => {
    const orderId = await placeOrder("https://youtube.com/watch?v=abc", 17, 1_000);

    expect(await client.getOrderStatus(orderId)).toMatchObject({ status: "Pending", startCount: 0, remains: 1_000 });

    await control.advanceClock(300);
    const running = await client.getOrderStatus(orderId);
    expect(running.status).toBe("In progress");
    expect(running.remains).toBeGreaterThan(0);
    expect(running.remains).toBeLessThan(1_000);
    expect(running.startCount).toBeGreaterThan(0);

    await control.advanceClock(3_600);
    const done = await client.getOrderStatus(orderId);
    expect(done).toMatchObject({ status: "Completed", remains: 0, startCount: running.startCount });
    expect(done.charge.toFixed()).toBe("3.2");
  });

  it("ends a Partial order with remains left and only the delivered part charged", async () => {
    const orderId = await placeOrder("https://instagram.com/partial-delivery", 1, 1_000);
    await control.advanceClock(3_600);

    const status = await client.getOrderStatus(orderId);

    expect(status.status).toBe("Partial");
    expect(status.remains).toBeGreaterThan(0);
    expect(status.remains).toBeLessThan(1_000);
    const delivered = 1_000 - status.remains;
    expect(status.charge.toFixed()).toBe(new Decimal("0.90").times(delivered).dividedBy(1_000).toFixed());
    const refund = new Decimal("0.90").minus(status.charge);
    expect((await client.getBalance()).balance.toFixed()).toBe(new Decimal("99.94292").plus(refund).toFixed());
  });

  it("cancels an order whose link asks for it, with its charge refunded", async () => {
    const orderId = await placeOrder("https://instagram.com/cancel-me", 1, 1_000);
    expect((await client.getBalance()).balance.toFixed()).toBe("99.94292");
    await control.advanceClock(300);

    const status = await client.getOrderStatus(orderId);

    expect(status).toMatchObject({ status: "Canceled", remains: 1_000 });
    expect(status.charge.isZero()).toBe(true);
    expect((await client.getBalance()).balance.toFixed()).toBe("100.84292");
  });

  it("answers a batch per order, with the panel's error for unknown ids", async () => {
    const first = await placeOrder("https://instagram.com/one");
    const second = await placeOrder("https://instagram.com/two");

    const statuses = await client.getOrderStatuses([first, 4, second, first]);

    expect([...statuses.keys()].sort()).toEqual([4, first, second].sort());
    expect(okItem(statuses.get(first))).toMatchObject({ status: "Pending", remains: 1_000 });
    expect(okItem(statuses.get(second)).charge.toFixed()).toBe("0.9");
    expect(statuses.get(4)).toEqual({ ok: false, error: "Incorrect order ID", providerCode: "incorrect_order_id" });
    expect((await formsSent()).at(-1)).toMatchObject({ action: "status", orders: `${first},4,${second}` });
  });

  it("throws for a single unknown order", async () => {
    const error = await providerErrorOf(client.getOrderStatus(99));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "incorrect_order_id", message: "Incorrect order ID" });
  });

  it("asks about at most 100 orders per call and refuses more before sending anything", async () => {
    const hundred = Array.from({ length: MAX_IDS_PER_BATCH }, (_, index) => index + 1);

    expect((await client.getOrderStatuses(hundred)).size).toBe(100);
    await expect(client.getOrderStatuses([...hundred, 101])).rejects.toThrow(RangeError);
    await expect(client.refillMany([...hundred, 101])).rejects.toThrow(RangeError);
    await expect(client.cancel([...hundred, 101])).rejects.toThrow(RangeError);
    await expect(client.refillStatuses([...hundred, 101])).rejects.toThrow(RangeError);
    expect(await formsSent()).toHaveLength(1);
  });

  it("sends nothing for an empty batch", async () => {
    expect((await client.getOrderStatuses([])).size).toBe(0);
    expect(await formsSent()).toHaveLength(0);
  });

  it("reports a status pinned through the control API", async () => {
    const orderId = await placeOrder("https://instagram.com/pinned", 1, 1_000);

    await panel.forceStatus(orderId, { status: "Partial", remains: 250 });

    const status = await client.getOrderStatus(orderId);
    expect(status).toMatchObject({ status: "Partial", remains: 250 });
    expect(status.charge.toFixed()).toBe("0.675");
  });
});

describe("refill", () => {
  it("refills a Completed order of a refill service and follows the refill's status", async () => {
    const orderId = await placeOrder("https://instagram.com/refill-me", 1, 1_000);
    await control.advanceClock(3_600);

    const { refillId } = await client.refill(orderId);
    expect(await client.refillStatus(refillId)).toBe("Pending");
    await control.advanceClock(120);
    expect(await client.refillStatus(refillId)).toBe("In progress");
    await control.advanceClock(600);

    const statuses = await client.refillStatuses([refillId, 77]);
    expect(statuses.get(refillId)).toEqual({ ok: true, status: "Completed" });
    expect(statuses.get(77)).toEqual({ ok: false, error: "Refill not found", providerCode: "unknown_refusal" });
  });

  it("refuses refills the panel does not allow, per order in a batch", async () => {
    const noRefillService = await placeOrder("https://instagram.com/no-refill", 2, 1_000);
    const completed = await placeOrder("https://instagram.com/done", 1, 1_000);
    await control.advanceClock(3_600);
    const stillPending = await placeOrder("https://instagram.com/fresh", 1, 1_000);

    const results = await client.refillMany([noRefillService, completed, stillPending, 5]);

    expect(results.get(noRefillService)).toMatchObject({ ok: false, error: "Refill is disabled for this service" });
    expect(okItem(results.get(completed)).refillId).toBeGreaterThan(0);
    expect(results.get(stillPending)).toMatchObject({ ok: false, error: "Refill is available for completed orders only" });
    expect(results.get(5)).toMatchObject({ ok: false, providerCode: "incorrect_order_id" });

    const error = await providerErrorOf(client.refill(stillPending));
    expect(error).toMatchObject({ kind: "invalid_request", message: "Refill is available for completed orders only", providerCode: "unknown_refusal" });
  });
});

describe("cancel", () => {
  it("cancels an active order and refunds it", async () => {
    const orderId = await placeOrder("https://facebook.com/acme", 19, 1_000);
    expect((await client.getBalance()).balance.toFixed()).toBe("96.09292");

    const results = await client.cancel([orderId]);

    expect(results.get(orderId)).toEqual({ ok: true });
    const status = await client.getOrderStatus(orderId);
    expect(status.status).toBe("Canceled");
    expect(status.charge.isZero()).toBe(true);
    expect((await client.getBalance()).balance.toFixed()).toBe("100.84292");
  });

  it("refuses to cancel where the service or the order's state does not allow it", async () => {
    const withoutCancelField = await placeOrder("https://instagram.com/likes", 4, 100);
    const cancelFalse = await placeOrder("https://youtube.com/watch?v=x", 16, 1_000);
    const finished = await placeOrder("https://instagram.com/finished", 1, 100);
    await panel.forceStatus(finished, { status: "Completed" });

    const results = await client.cancel([withoutCancelField, cancelFalse, finished, 8]);

    expect(results.get(withoutCancelField)).toMatchObject({ ok: false, error: "Cancel is disabled for this service" });
    expect(results.get(cancelFalse)).toMatchObject({ ok: false, error: "Cancel is disabled for this service" });
    expect(results.get(finished)).toMatchObject({ ok: false, error: "The order cannot be canceled" });
    expect(results.get(8)).toEqual({ ok: false, error: "Incorrect order ID", providerCode: "incorrect_order_id" });
    expect((await panel.orders()).map((order) => order.status)).toEqual(["Pending", "Pending", "Completed"]);
  });
});

describe("balance and credentials", () => {
  it("reads the balance as an exact Decimal", async () => {
    const { balance, currency } = await client.getBalance();
    expect(balance).toBeInstanceOf(Decimal);
    expect(balance.toFixed()).toBe("100.84292");
    expect(currency).toBe("USD");
  });

  it("reports a wrong key as an auth failure without repeating the key anywhere", async () => {
    const wrongKey = "wrong-key-4f1c9a";

    const error = await providerErrorOf(fampageClient(wrongKey).getBalance());

    expect(error).toMatchObject({ kind: "auth", providerCode: "invalid_api_key", message: "Invalid API key", httpStatus: 200 });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ provider: "fampage", action: "get_balance", outcome: "auth", attempt: 1 });
    expect(JSON.stringify(records)).not.toContain(wrongKey);
    expect(JSON.stringify(error)).not.toContain(wrongKey);
    expect(String(error.stack)).not.toContain(wrongKey);
    expect((await formsSent())[0]).toMatchObject({ key: "[REDACTED]", action: "balance" });
  });

  it("logs one redacted record per call, with the caller's context", async () => {
    await client.addOrder({ type: "Default", service: 1, link: "https://instagram.com/logged", quantity: 100 }, { companyId: "company-7", orderId: "order-7" });

    const [record] = records;
    expect(record).toMatchObject({
      provider: "fampage",
      action: "add_order",
      method: "POST",
      outcome: "success",
      companyId: "company-7",
      orderId: "order-7",
      requestBody: { key: "[REDACTED]", action: "add", service: "1", link: "https://instagram.com/logged", quantity: "100" },
    });
  });
});
