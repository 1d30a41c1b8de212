import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyPanelStatus, OPEN_ORDER_STATUSES } from "@/lib/orders/apply-panel-status";
import { placeOrder } from "@/lib/orders/place-order";
import { syncOrder } from "@/lib/orders/sync-order-statuses";
import { syncEveryOpenOrder } from "../../support/sync-every-open-order";
import { fampageClient } from "@/lib/providers/app-clients";
import { fampageSandbox, findService, orderRequest, orderRowFor, panelRequests, sandbox, seedCompanyAndCatalog } from "../../support/order-fixtures";

let companyId: string;
const FIVE_MINUTES = 300;
const ONE_HOUR = 3600;

async function placed(link: string) {
  const service = await findService("Default");
  const result = await placeOrder(orderRequest(companyId, service.id, { link, quantity: Math.max(service.min, 1000) }));
  if (result.outcome !== "placed") throw new Error(`order not placed: ${result.outcome}`);
  return db.order.findUniqueOrThrow({ where: { id: result.orderId } });
}

/** `count` open orders placed on the panel, stored straight into Postgres (placing them one by one is slow). */
async function openOrdersOnPanel(prefix: string, count: number): Promise<string[]> {
  const service = await findService("Default");
  const panel = fampageClient();
  const data = [];
  for (let i = 0; i < count; i++) {
    const link = `https://tiktok.com/@${prefix}${i}`;
    const { providerOrderId } = await panel.addOrder({ type: "Default", service: service.id, link, quantity: service.min });
    data.push({
      ...orderRowFor(service, companyId),
      idempotencyKey: `${prefix}-${i}`,
      link,
      quantity: service.min,
      expectedCost: 0,
      providerOrderId,
      status: "PENDING" as const,
      // Oldest first, as the sync orders them.
      createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
    });
  }
  await db.order.createMany({ data });
  return (await db.order.findMany({ where: { idempotencyKey: { startsWith: `${prefix}-` } }, orderBy: { createdAt: "asc" } })).map(
    (order) => order.id,
  );
}

const eventsOf = (orderId: string, type: string) => db.orderEvent.findMany({ where: { orderId, type } });

beforeAll(async () => {
  ({ id: companyId } = await seedCompanyAndCatalog());
});

beforeEach(async () => {
  await fampageSandbox().setBalance("100000");
  // Each test starts without open orders, so a sync sees only the test's own.
  await db.order.updateMany({ where: { status: { in: OPEN_ORDER_STATUSES } }, data: { status: "COMPLETED" } });
});

describe("an order the panel reports in a way the app cannot read", () => {
  it("fails alone, named in its timeline once; the rest of its batch syncs", async () => {
    const readable = await placed("https://instagram.com/readable");
    const refunded = await placed("https://instagram.com/refunded");
    await fampageSandbox().setStatusWord(refunded.providerOrderId!, "Refunded");
    await sandbox().advanceClock(ONE_HOUR);

    const summary = await syncEveryOpenOrder();

    expect(summary).toEqual({ checked: 2, changed: 1, failed: 1, creditNotes: 0 });
    expect((await db.order.findUniqueOrThrow({ where: { id: readable.id } })).status).toBe("COMPLETED");
    const failed = await db.order.findUniqueOrThrow({ where: { id: refunded.id } });
    expect(failed.status).toBe("PENDING");
    expect(failed.lastError).toContain('field "status"');
    expect(failed.lastSyncedAt).not.toBeNull();
    const [event, ...more] = await eventsOf(refunded.id, "SYNC_FAILED");
    expect(more).toHaveLength(0);
    expect(event?.message).toContain('field "status"');

    // The next runs still work, and the same problem is not repeated in the timeline.
    expect(await syncEveryOpenOrder()).toEqual({ checked: 1, changed: 0, failed: 1, creditNotes: 0 });
    expect(await eventsOf(refunded.id, "SYNC_FAILED")).toHaveLength(1);
    const again = await db.order.findUniqueOrThrow({ where: { id: refunded.id } });
    expect(again.lastSyncedAt!.getTime()).toBeGreaterThan(failed.lastSyncedAt!.getTime());

    // Once the panel says something the app knows again, the order syncs.
    await fampageSandbox().setStatusWord(refunded.providerOrderId!, null);
    expect(await syncEveryOpenOrder()).toEqual({ checked: 1, changed: 1, failed: 0, creditNotes: 0 });
    expect(await db.order.findUniqueOrThrow({ where: { id: refunded.id } })).toMatchObject({ status: "COMPLETED", lastError: null });
  });
});

describe("a batch the panel fails", () => {
  it("is recorded on its orders (counted as failed) and the next batch still syncs", async () => {
    const orderIds = await openOrdersOnPanel("batch-fails", 101);
    await sandbox().advanceClock(ONE_HOUR);
    await sandbox().injectFault({ provider: "fampage", path: "/api/v2", mode: "error_200", count: 1 });
    const statusCallsBefore = (await panelRequests("status")).length;

    const summary = await syncEveryOpenOrder();

    expect(summary).toEqual({ checked: 101, changed: 1, failed: 100, creditNotes: 0 });
    expect((await panelRequests("status")).length - statusCallsBefore).toBe(2);
    const firstBatch = await db.order.findMany({ where: { id: { in: orderIds.slice(0, 100) } } });
    for (const order of firstBatch) {
      expect(order).toMatchObject({ status: "PENDING", lastError: "Incorrect request", lastSyncedAt: expect.any(Date) });
    }
    expect(await db.orderEvent.count({ where: { orderId: { in: orderIds }, type: "SYNC_FAILED" } })).toBe(100);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderIds[100] } })).status).toBe("COMPLETED");

    expect(await syncEveryOpenOrder()).toEqual({ checked: 100, changed: 100, failed: 0, creditNotes: 0 });
    expect(await db.order.count({ where: { id: { in: orderIds }, status: "COMPLETED", lastError: null } })).toBe(101);
  });
});

describe("concurrent syncs", () => {
  it("store the same panel answer once: one status change, one credit note", async () => {
    const order = await placed("https://instagram.com/partial-twice");
    await sandbox().advanceClock(ONE_HOUR);
    const answer = await fampageClient().getOrderStatus(order.providerOrderId!);
    expect(answer.status).toBe("Partial");

    // Both read the order before either stored the answer, as two overlapping syncs do.
    const results = await Promise.all([
      db.$transaction((tx) => applyPanelStatus(tx, order, answer)),
      db.$transaction((tx) => applyPanelStatus(tx, order, answer)),
    ]);

    expect(await eventsOf(order.id, "STATUS_CHANGED")).toHaveLength(1);
    expect(await eventsOf(order.id, "CREDIT_NOTE_ISSUED")).toHaveLength(1);
    expect(await db.invoice.count({ where: { orderId: order.id, kind: "CREDIT_NOTE" } })).toBe(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PARTIAL");
    expect(results.filter((result) => result.changed)).toHaveLength(1);
  });

  it("running side by side (the button while the cron runs) change the order once", async () => {
    const order = await placed("https://instagram.com/partial-side-by-side");
    await sandbox().advanceClock(ONE_HOUR);

    const summaries = await Promise.all([syncOrder(order.id), syncEveryOpenOrder(), syncOrder(order.id)]);

    expect(await eventsOf(order.id, "STATUS_CHANGED")).toHaveLength(1);
    expect(await db.invoice.count({ where: { orderId: order.id, kind: "CREDIT_NOTE" } })).toBe(1);
    expect(summaries.reduce((total, summary) => total + summary.changed, 0)).toBe(1);
    expect(summaries.reduce((total, summary) => total + summary.creditNotes, 0)).toBe(1);
  });

  it("never move an ended order back: an older In progress answer after Partial changes nothing", async () => {
    const order = await placed("https://instagram.com/partial-then-stale");
    await sandbox().advanceClock(FIVE_MINUTES);
    const older = await fampageClient().getOrderStatus(order.providerOrderId!);
    expect(older.status).toBe("In progress");
    await sandbox().advanceClock(ONE_HOUR);
    expect(await syncOrder(order.id)).toMatchObject({ changed: 1, creditNotes: 1 });
    const partial = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(partial.status).toBe("PARTIAL");

    const applied = await db.$transaction((tx) => applyPanelStatus(tx, order, older));

    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toEqual(partial);
    expect(await eventsOf(order.id, "STATUS_CHANGED")).toHaveLength(1);
    expect(applied).toEqual({ changed: false, creditNoteNumber: null });
  });
});
