import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { OPEN_ORDER_STATUSES } from "@/lib/orders/apply-panel-status";
import { type SyncSummary, syncOpenOrderBatch } from "@/lib/orders/sync-order-statuses";
import { fampageClient } from "@/lib/providers/app-clients";
import { fampageSandbox, findService, orderRowFor, sandbox, seedCompanyAndCatalog } from "../../support/order-fixtures";

let companyId: string;

/** Every batch of one sync, as the workflow runs them (one step each), with the counts added up. */
async function syncOpenOrders(): Promise<SyncSummary> {
  const total: SyncSummary = { checked: 0, changed: 0, failed: 0, creditNotes: 0 };
  for (let cursor: string | null = null; ; ) {
    const outcome = await syncOpenOrderBatch(cursor);
    if (!outcome) return total;
    for (const key of ["checked", "changed", "failed", "creditNotes"] as const) total[key] += outcome[key];
    cursor = outcome.lastId;
  }
}

beforeAll(async () => {
  ({ id: companyId } = await seedCompanyAndCatalog());
  await fampageSandbox().setBalance("100000");
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.order.updateMany({ where: { status: { in: OPEN_ORDER_STATUSES } }, data: { status: "COMPLETED" } });
});

/** 100 open orders placed on the sandbox panel and stored as the orders domain would, each invoiced. */
async function hundredOpenOrders(prefix: string, linkWord = "") {
  const service = await findService("Default");
  const panel = fampageClient();
  for (let i = 0; i < 100; i++) {
    const link = `https://tiktok.com/@${prefix}${linkWord}${i}`;
    const { providerOrderId } = await panel.addOrder({ type: "Default", service: service.id, link, quantity: service.min });
    const order = await db.order.create({
      data: { ...orderRowFor(service, companyId), idempotencyKey: `${prefix}-${i}`, link, quantity: service.min, expectedCost: 1, providerOrderId, status: "PENDING" },
    });
    await db.invoice.create({
      data: {
        kind: "INVOICE", number: `INV-${prefix}-${i}`, companyId, orderId: order.id, currency: "USD", providerCost: 1, multiplier: 8, amount: 8,
        issuer: { name: "Agency", email: null, address: null, taxId: null, footer: null },
        billTo: { name: "Acme Coffee", legalName: null, addressLine1: null, addressLine2: null, city: null, postalCode: null, country: null, taxId: null, contactName: null, contactEmail: null },
      },
    });
  }
}

/** Statements sent to Postgres while `run` runs (BEGIN and COMMIT included). */
async function countStatements(run: () => Promise<unknown>): Promise<number> {
  const query = vi.spyOn(pg.Client.prototype, "query");
  await run();
  const count = query.mock.calls.length;
  query.mockRestore();
  return count;
}

describe("a sync batch of 100 changed orders", () => {
  it("is stored in a handful of statements, one timeline event per change", { timeout: 120_000 }, async () => {
    await hundredOpenOrders("moving");
    await sandbox().advanceClock(300);
    let summary;
    const statements = await countStatements(async () => {
      summary = await syncOpenOrders();
    });
    expect(summary).toEqual({ checked: 100, changed: 100, failed: 0, creditNotes: 0 });
    // The batch read and the panel call's log row, then BEGIN, lock-read, UPDATE, INSERT events, COMMIT; and the empty read that ends the sync.
    expect(statements).toBeLessThanOrEqual(9);
    expect(await db.order.count({ where: { idempotencyKey: { startsWith: "moving-" }, status: "IN_PROGRESS" } })).toBe(100);
    expect(await db.orderEvent.count({ where: { type: "STATUS_CHANGED", order: { idempotencyKey: { startsWith: "moving-" } } } })).toBe(100);
  });

  it("credits each canceled order once, and never moves a final status back", { timeout: 120_000 }, async () => {
    await hundredOpenOrders("ending", "cancel");
    await sandbox().advanceClock(3600);
    expect(await syncOpenOrders()).toEqual({ checked: 100, changed: 100, failed: 0, creditNotes: 100 });
    const orders = { idempotencyKey: { startsWith: "ending-" } };
    expect(await db.order.count({ where: { ...orders, status: "CANCELED" } })).toBe(100);
    expect(await db.invoice.count({ where: { kind: "CREDIT_NOTE", order: orders } })).toBe(100);
    expect(await db.orderEvent.count({ where: { type: "CREDIT_NOTE_ISSUED", order: orders } })).toBe(100);

    // Reopened by mistake (as a stale answer would): the next sync applies nothing twice.
    const ids = (await db.order.findMany({ where: orders, select: { id: true } })).map((order) => order.id);
    await db.order.updateMany({ where: { id: { in: ids } }, data: { status: "PENDING" } });
    await syncOpenOrders();
    expect(await db.invoice.count({ where: { kind: "CREDIT_NOTE", order: orders } })).toBe(100);
  });
});
