import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKpis } from "@/lib/analytics/kpis";
import { resolvePeriod } from "@/lib/analytics/period";
import { loadTopCompanies } from "@/lib/analytics/rankings";
import { loadSeries } from "@/lib/analytics/series";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { markInvoicePaid, undoInvoicePayment, voidInvoice } from "@/lib/invoices/invoice-status";
import { Decimal } from "@/lib/money";
import { applyPanelStatuses } from "@/lib/orders/apply-panel-status";
import type { OrderStatus as PanelStatusName } from "@/lib/providers/fampage";
import { historyOrder, seedServices } from "./analytics-fixtures";

/**
 * Each order's revenue is kept by the database (Invoice triggers) so Analytics never joins
 * invoices. After random histories — orders placed or not, charged, Partial or Canceled by the
 * panel (credit notes), documents voided, paid and unpaid, invoices in another currency, orders
 * either side of midnight in several timezones — every kept figure, and every Analytics figure
 * built on them, equals a full recomputation from the orders and their documents.
 */

const NOW = new Date("2026-12-05T12:00:00Z");
/** Midnight UTC between the two days every history straddles. */
const BOUNDARY = Date.parse("2026-11-15T00:00:00Z");
const TIMEZONES = ["UTC", "Asia/Tokyo", "America/New_York", "Asia/Kathmandu"] as const;

const orderSpec = fc.record({
  company: fc.constantFrom(0, 1),
  serviceId: fc.constantFrom(201 as const, 202 as const, 203 as const),
  // Up to 30 hours either side of midnight UTC: the day differs by timezone.
  minutes: fc.integer({ min: -30 * 60, max: 30 * 60 }),
  cents: fc.integer({ min: 1, max: 5_000 }),
  placed: fc.boolean(),
  currency: fc.constantFrom("USD", "USD", "USD", "EUR"),
});

const operation = fc.oneof(
  fc.record({
    kind: fc.constant("panel" as const),
    order: fc.nat(),
    status: fc.constantFrom<PanelStatusName>("In progress", "Completed", "Partial", "Canceled"),
    remainsPercent: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({ kind: fc.constantFrom("void" as const, "pay" as const, "undo" as const), order: fc.nat(), creditNote: fc.boolean() }),
);

const history = fc.record({
  orders: fc.array(orderSpec, { minLength: 1, maxLength: 6 }),
  operations: fc.array(operation, { maxLength: 10 }),
  timezone: fc.constantFrom(...TIMEZONES),
});

type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

let companies: string[];

beforeAll(async () => {
  await seedServices();
  companies = [(await db.company.create({ data: { name: "Acme" } })).id, (await db.company.create({ data: { name: "Beta" } })).id];
});

async function play({ orders, operations }: History): Promise<void> {
  await db.$executeRaw`TRUNCATE "Order" CASCADE`;
  const created = [];
  for (const spec of orders) {
    const cost = new Decimal(spec.cents).dividedBy(100);
    created.push(
      await historyOrder({
        companyId: companies[spec.company]!,
        serviceId: spec.serviceId,
        createdAt: new Date(BOUNDARY + spec.minutes * 60_000).toISOString(),
        expectedCost: cost.toString(),
        placed: spec.placed,
        status: spec.placed ? "PENDING" : "FAILED",
        charge: null,
        ...(spec.placed ? { invoice: { amount: cost.times(8).toFixed(2), currency: spec.currency } } : {}),
      }),
    );
  }
  for (const step of operations) {
    const order = created[step.order % created.length]!;
    if (step.kind === "panel") {
      // The panel only reports on orders placed with it.
      if (order.providerOrderId === null) continue;
      const remains = Math.round((order.quantity * step.remainsPercent) / 100);
      const delivered = step.status === "Canceled" ? 0 : step.status === "Partial" ? order.quantity - remains : order.quantity;
      const charge = new Decimal(order.expectedCost).times(delivered).dividedBy(order.quantity).toDecimalPlaces(5);
      await db.$transaction((tx) =>
        applyPanelStatuses(tx, [{ orderId: order.id, panel: { status: step.status, charge, startCount: 0, remains: step.status === "Completed" ? 0 : remains, currency: "USD" } }]),
      );
      continue;
    }
    const document = await db.invoice.findUnique({ where: { orderId_kind: { orderId: order.id, kind: step.creditNote ? "CREDIT_NOTE" : "INVOICE" } } });
    if (!document) continue;
    const change = { void: () => voidInvoice(document.id, "Property test"), pay: () => markInvoicePaid(document.id), undo: () => undoInvoicePayment(document.id, "Property test") }[step.kind];
    // Refusals (voiding a paid invoice, paying a void one...) are part of a random history.
    await change().catch((error: unknown) => {
      if (!(error instanceof UserFacingError)) throw error;
    });
  }
}

type Recomputed = { orders: number; revenue: Decimal; cost: Decimal; foreign: number };

/** The figures recomputed from scratch: every order and every one of its documents, in TypeScript. */
async function recompute(start: Date, end: Date, timezone: string) {
  const orders = await db.order.findMany({ where: { providerOrderId: { not: null }, createdAt: { gte: start, lt: end } }, include: { invoices: true } });
  const total = (): Recomputed => ({ orders: 0, revenue: new Decimal(0), cost: new Decimal(0), foreign: 0 });
  const all = total();
  const byDay = new Map<string, Recomputed>();
  const byCompany = new Map<string, Recomputed>();
  for (const order of orders) {
    const counted = order.invoices.filter((document) => document.status !== "VOID");
    const revenue = counted
      .filter((document) => document.currency === "USD")
      .reduce((sum, document) => (document.kind === "INVOICE" ? sum.plus(document.amount) : sum.minus(document.amount)), new Decimal(0));
    const cost = new Decimal(order.charge ?? order.expectedCost);
    const day = format(new TZDate(order.createdAt, timezone), "yyyy-MM-dd");
    for (const figures of [all, byDay.get(day) ?? byDay.set(day, total()).get(day)!, byCompany.get(order.companyId) ?? byCompany.set(order.companyId, total()).get(order.companyId)!]) {
      figures.orders += 1;
      figures.revenue = figures.revenue.plus(revenue);
      figures.cost = figures.cost.plus(cost);
      figures.foreign += counted.filter((document) => document.currency !== "USD").length;
    }
  }
  return { all, byDay, byCompany };
}

const text = (value: { toString(): string }) => new Decimal(value.toString()).toFixed(5);

describe("order revenue kept by the database", () => {
  it("equals a full recomputation after any history, and so do the Analytics figures in any timezone", async () => {
    await fc.assert(
      fc.asyncProperty(history, async (generated) => {
        await play(generated);

        const drifted = await db.$queryRaw<{ id: string }[]>`SELECT o."id" FROM "Order" o
          LEFT JOIN LATERAL (
            SELECT COALESCE(SUM(CASE WHEN i."kind" = 'INVOICE' THEN i."amount" ELSE -i."amount" END), 0) AS "net", min(i."currency") AS "currency", count(*)::int AS "documents"
            FROM "Invoice" i WHERE i."orderId" = o."id" AND i."status" <> 'VOID'
          ) d ON TRUE
          WHERE (o."netRevenue", o."revenueCurrency", o."revenueDocuments") IS DISTINCT FROM (d."net", d."currency", d."documents")`;
        expect(drifted).toEqual([]);

        const period = resolvePeriod({ preset: "custom", from: "2026-11-14", to: "2026-11-15" }, generated.timezone, NOW);
        const expected = await recompute(period.start, period.end, generated.timezone);
        const kpis = await loadKpis({}, period, "USD");
        expect([kpis.current.orders, text(kpis.current.revenue), text(kpis.current.cost), kpis.foreignCurrencyDocuments]).toEqual([
          expected.all.orders,
          text(expected.all.revenue),
          text(expected.all.cost),
          expected.all.foreign,
        ]);

        const days = new Map<string, [number, string, string]>();
        for (const point of await loadSeries({}, period, "USD")) {
          const [orders, revenue, cost] = days.get(point.bucket) ?? [0, "0", "0"];
          days.set(point.bucket, [orders + point.orders, text(new Decimal(revenue).plus(point.revenue)), text(new Decimal(cost).plus(point.cost))]);
        }
        expect(Object.fromEntries(days)).toEqual(
          Object.fromEntries([...expected.byDay].map(([day, figures]) => [day, [figures.orders, text(figures.revenue), text(figures.cost)]])),
        );

        const ranked = await loadTopCompanies({}, period, "USD");
        expect(Object.fromEntries(ranked.map((row) => [row.companyId, text(row.profit)]))).toEqual(
          Object.fromEntries([...expected.byCompany].map(([companyId, figures]) => [companyId, text(figures.revenue.minus(figures.cost))])),
        );
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
