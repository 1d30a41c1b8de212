import { Prisma } from "@/lib/generated/prisma/client";
import { readRows, sqlQueryPrepared } from "@/lib/db-sql";
import { Decimal } from "@/lib/money";
import { type AnalyticsFilters, type PeriodWindow, utc } from "./filters";
import { FIGURE_TOTALS, type FigureTotals, withOrderFigures } from "./order-figures";

export type KpiFigures = FigureTotals & {
  /** Profit ÷ revenue, null without revenue. */
  margin: Prisma.Decimal | null;
  /** Revenue ÷ orders, null without orders. */
  averageOrderValue: Prisma.Decimal | null;
};

export type Kpis = {
  current: KpiFigures;
  previous: KpiFigures;
  /** Non-void documents of the period's orders in another currency than the agency's: left out, never added up. */
  foreignCurrencyDocuments: number;
};

/** A range's totals, and how many of its documents were left out for their currency. */
export type RangeTotals = FigureTotals & { foreignDocuments: number };

function withRatios({ orders, revenue, cost, profit }: FigureTotals): KpiFigures {
  const net = new Decimal(revenue);
  return {
    orders,
    revenue,
    cost,
    profit,
    margin: net.isZero() ? null : new Decimal(profit).dividedBy(net),
    averageOrderValue: orders === 0 ? null : net.dividedBy(orders),
  };
}

/** Revenue, cost, profit and orders over [from, to), in one pass over the orders. */
export async function loadRangeTotals(filters: AnalyticsFilters, from: Date, to: Date, currency: string): Promise<RangeTotals> {
  const [totals] = await readRows<RangeTotals>(Prisma.sql`${withOrderFigures(filters, from, to, currency)}
    SELECT ${FIGURE_TOTALS}, COALESCE(SUM("foreignDocuments"), 0)::int AS "foreignDocuments" FROM figures`);
  return totals!;
}

/** The KPIs from the period's totals and the previous period's. */
export function kpisOf(current: RangeTotals, previous: FigureTotals): Kpis {
  return { current: withRatios(current), previous: withRatios(previous), foreignCurrencyDocuments: current.foreignDocuments };
}

const NO_ORDERS: RangeTotals = { orders: 0, revenue: new Prisma.Decimal(0), cost: new Prisma.Decimal(0), profit: new Prisma.Decimal(0), foreignDocuments: 0 };

/**
 * Both periods' totals in one statement, grouped by period (a period without orders has no row).
 * Prepared: a company's or service's figures cost less to read than to parse and plan, and the
 * text varies only with which filters are set (a handful of statements per connection).
 */
async function loadBothPeriods(filters: AnalyticsFilters, window: PeriodWindow, currency: string): Promise<[RangeTotals, RangeTotals]> {
  const { rows } = await sqlQueryPrepared<RangeTotals & { current: boolean }>(Prisma.sql`${withOrderFigures(filters, window.previousStart, window.end, currency)}
    SELECT ("createdAt" >= ${utc(window.start)}) AS "current", ${FIGURE_TOTALS}, COALESCE(SUM("foreignDocuments"), 0)::int AS "foreignDocuments"
    FROM figures GROUP BY 1`);
  return [rows.find((row) => row.current) ?? NO_ORDERS, rows.find((row) => !row.current) ?? NO_ORDERS];
}

/**
 * The period's KPIs and the previous period's (same length, just before). One company's or
 * service's orders are a short index range, where a second statement would cost more than
 * the scan; the whole agency's periods are tens of thousands of orders each, read by two
 * statements that run side by side.
 */
export async function loadKpis(filters: AnalyticsFilters, window: PeriodWindow, currency: string): Promise<Kpis> {
  const [current, previous] =
    filters.companyId || filters.serviceId
      ? await loadBothPeriods(filters, window, currency)
      : await Promise.all([
          loadRangeTotals(filters, window.start, window.end, currency),
          loadRangeTotals(filters, window.previousStart, window.start, currency),
        ]);
  return kpisOf(current, previous);
}

/** The change from `previous` to `current` as a fraction (0.25 = +25 %), null when there is nothing to compare with. */
export function changeOf(current: Prisma.Decimal | number | null, previous: Prisma.Decimal | number | null): Prisma.Decimal | null {
  if (current === null || previous === null) return null;
  const before = new Decimal(previous);
  if (before.isZero()) return null;
  return new Decimal(current).minus(before).dividedBy(before.abs());
}
