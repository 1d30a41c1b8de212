import { InngestTestEngine } from "@inngest/test";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { statusSyncRequested } from "@/inngest/events";
import { syncOpenOrdersFunction } from "@/inngest/functions/sync-open-orders";
import { requestStatusSync } from "@/lib/orders/status-sync";
import { db } from "@/lib/db";
import { roundToMinorUnit, toDecimal } from "@/lib/money";
import { placeOrder } from "@/lib/orders/place-order";
import { checkRefillStatus, requestCancel, requestRefill } from "@/lib/orders/refill-and-cancel";
import { REFILL_STATUSES } from "@/lib/providers/fampage";
import { syncOrder } from "@/lib/orders/sync-order-statuses";
import { syncEveryOpenOrder } from "../../support/sync-every-open-order";
import { runWorkflowsUntilIdle } from "../../support/workflows/run-workflows";
import { fampageSandbox, findService, orderRequest, orderRowFor, panelRequests, sandbox, seedCompanyAndCatalog } from "../../support/order-fixtures";

let companyId: string;
const ONE_HOUR = 3600;

async function placed(link: string, serviceWhere: Parameters<typeof findService>[1] = {}) {
  const service = await findService("Default", serviceWhere);
  const result = await placeOrder(orderRequest(companyId, service.id, { link, quantity: Math.max(service.min, 1000) }));
  if (result.outcome !== "placed") throw new Error(`order not placed: ${result.outcome}`);
  return db.order.findUniqueOrThrow({ where: { id: result.orderId } });
}

beforeAll(async () => {
  ({ id: companyId } = await seedCompanyAndCatalog());
});

beforeEach(async () => {
  await fampageSandbox().setBalance("100000");
});

describe("status sync", () => {
  it("follows an order to Completed and keeps each change in its timeline", async () => {
    const order = await placed("https://instagram.com/completes");
    await sandbox().advanceClock(ONE_HOUR);

    const summary = await syncOrder(order.id);

    expect(summary).toMatchObject({ checked: 1, changed: 1, failed: 0, creditNotes: 0 });
    const synced = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(synced.status).toBe("COMPLETED");
    expect(synced.remains).toBe(0);
    expect(synced.charge?.toString()).toBe(order.expectedCost.toString());
    expect(synced.events.filter((event) => event.type === "STATUS_CHANGED")).toHaveLength(1);
    expect(await syncOrder(order.id)).toMatchObject({ changed: 0 });
  });

  it("credits the undelivered share of a Partial order, once", async () => {
    const order = await placed("https://instagram.com/partial-delivery");
    await sandbox().advanceClock(ONE_HOUR);
    await syncOrder(order.id);
    await syncOrder(order.id);

    const synced = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(synced.status).toBe("PARTIAL");
    expect(synced.remains).toBeGreaterThan(0);
    const invoice = await db.invoice.findUniqueOrThrow({ where: { orderId_kind: { orderId: order.id, kind: "INVOICE" } } });
    const credits = await db.invoice.findMany({ where: { orderId: order.id, kind: "CREDIT_NOTE" } });
    expect(credits).toHaveLength(1);
    const share = toDecimal(synced.remains!).dividedBy(synced.quantity);
    const expected = roundToMinorUnit(toDecimal(invoice.providerCost).times(share).times(toDecimal(invoice.multiplier)), "USD");
    expect(credits[0]?.amount.toString()).toBe(expected.toFixed(2));
    expect(credits[0]?.creditedInvoiceId).toBe(invoice.id);
    expect(credits[0]?.number).toMatch(/^CN-\d{4}-\d{5}$/);
  });

  it("credits all of a canceled order", async () => {
    const order = await placed("https://instagram.com/cancel-me-please");
    await sandbox().advanceClock(ONE_HOUR);
    await syncEveryOpenOrder();
    const invoice = await db.invoice.findUniqueOrThrow({ where: { orderId_kind: { orderId: order.id, kind: "INVOICE" } } });
    const credit = await db.invoice.findUniqueOrThrow({ where: { orderId_kind: { orderId: order.id, kind: "CREDIT_NOTE" } } });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELED");
    expect(credit.amount.toString()).toBe(invoice.amount.toString());
  });

  // Places 1,000 panel orders first: allowed more time than the default on a busy 2-core machine.
  it("checks 1,000 open orders in batches of 100", { timeout: 120_000 }, async () => {
    const service = await findService("Default");
    const panel = (await import("@/lib/providers/app-clients")).fampageClient();
    const providerIds: number[] = [];
    for (let i = 0; i < 1000; i++) {
      providerIds.push((await panel.addOrder({ type: "Default", service: service.id, link: `https://tiktok.com/@bulk${i}`, quantity: service.min })).providerOrderId);
    }
    await db.order.createMany({
      data: providerIds.map((providerOrderId, i) => ({
        ...orderRowFor(service, companyId),
        idempotencyKey: `bulk-${i}`,
        link: `https://tiktok.com/@bulk${i}`,
        quantity: service.min,
        expectedCost: 0,
        providerOrderId,
        status: "PENDING" as const,
      })),
    });
    await sandbox().advanceClock(ONE_HOUR);
    const statusCallsBefore = (await panelRequests("status")).length;

    const summary = await syncEveryOpenOrder();

    const statusCalls = (await panelRequests("status")).slice(statusCallsBefore);
    expect(summary.checked).toBeGreaterThanOrEqual(1000);
    expect(summary.failed).toBe(0);
    expect(statusCalls.length).toBe(Math.ceil(summary.checked / 100));
    for (const call of statusCalls) {
      expect(String((call.body as { orders?: string }).orders).split(",").length).toBeLessThanOrEqual(100);
    }
    expect(await db.order.count({ where: { idempotencyKey: { startsWith: "bulk-" }, status: { in: ["PENDING", "IN_PROGRESS", "PROCESSING"] } } })).toBe(0);
  });

  it("runs as an Inngest function, one step per batch, and records its progress", async () => {
    const order = await placed("https://instagram.com/scheduled");
    await sandbox().advanceClock(ONE_HOUR);
    const sync = await requestStatusSync("admin");
    const engine = new InngestTestEngine({ function: syncOpenOrdersFunction, events: [{ name: statusSyncRequested.name, data: { syncId: sync.id } }] });

    const { result } = await engine.execute();

    expect(result).toMatchObject({ id: sync.id, status: "COMPLETED", failed: 0 });
    expect((result as { changed: number }).changed).toBeGreaterThanOrEqual(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("COMPLETED");
  });

  it("syncs on the embedded runner: a second request joins the running sync, the schedule starts one when none runs", async () => {
    const order = await placed("https://instagram.com/scheduled-for-real");
    await sandbox().advanceClock(ONE_HOUR);
    const first = await requestStatusSync("admin");
    expect((await requestStatusSync("admin")).id).toBe(first.id);

    await runWorkflowsUntilIdle([syncOpenOrdersFunction]);

    const done = await db.statusSync.findUniqueOrThrow({ where: { id: first.id } });
    expect(done).toMatchObject({ status: "COMPLETED", activeKey: null, failed: 0 });
    expect(done.checked).toBe(done.totalOrders);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("COMPLETED");
    const run = await db.workflowRun.findFirstOrThrow({ where: { eventId: `status-sync:${first.id}` }, include: { steps: true } });
    expect(run.steps.map((step) => step.name)).toEqual(expect.arrayContaining(["count open orders and escalate interrupted placements", "sync batch 1", "finish"]));

    const scheduled = await requestStatusSync("schedule", "cron-tick-1");
    expect(scheduled.id).not.toBe(first.id);
    expect((await requestStatusSync("schedule", "cron-tick-1")).id).toBe(scheduled.id);
  });
});

describe("refill and cancel", () => {
  it("cancels an open order when the service allows it; the next sync credits it", async () => {
    const order = await placed("https://instagram.com/changed-our-mind", { cancel: true });
    await requestCancel(order.id);
    await syncOrder(order.id);
    const synced = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
    expect(synced.status).toBe("CANCELED");
    expect(synced.events.map((event) => event.type)).toEqual(expect.arrayContaining(["CANCEL_REQUESTED", "CREDIT_NOTE_ISSUED"]));
  });

  it("refuses to cancel when the service does not allow it, without asking the panel", async () => {
    const order = await placed("https://instagram.com/no-cancel", { cancel: false });
    const before = (await panelRequests("cancel")).length;
    await expect(requestCancel(order.id)).rejects.toThrow("This service does not allow cancellation.");
    expect((await panelRequests("cancel")).length).toBe(before);
  });

  it("requests a refill of a completed order and records the refill id", async () => {
    const order = await placed("https://instagram.com/top-me-up", { refill: true });
    await expect(requestRefill(order.id)).rejects.toThrow("A refill can be requested once the order is completed.");
    await expect(checkRefillStatus(order.id)).rejects.toThrow("No refill has been requested for this order.");
    await sandbox().advanceClock(ONE_HOUR);
    await syncOrder(order.id);
    const { refillId } = await requestRefill(order.id);
    expect(refillId).toBeGreaterThan(0);
    const events = await db.orderEvent.findMany({ where: { orderId: order.id, type: "REFILL_REQUESTED" } });
    expect(events).toHaveLength(1);

    const checked = await checkRefillStatus(order.id);
    expect(checked.refillId).toBe(refillId);
    expect(REFILL_STATUSES).toContain(checked.status);
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "REFILL_STATUS" } })).toBe(1);
  });
});
