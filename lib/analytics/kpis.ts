import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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

const ZERO: FigureTotals = { orders: 0, revenue: new Decimal(0), cost: new Decimal(0), profit: new Decimal(0) };

function withRatios(totals: FigureTotals): KpiFigures {
  const revenue = new Decimal(totals.revenue);
  return {
    ...totals,
    margin: revenue.isZero() ? null : new Decimal(totals.profit).dividedBy(revenue),
    averageOrderValue: totals.orders === 0 ? null : revenue.dividedBy(totals.orders),
  };
}

/** The period's KPIs and the previous period's (same length, just before), in one pass over the orders. */
export async function loadKpis(filters: AnalyticsFilters, window: PeriodWindow, currency: string): Promise<Kpis> {
  const rows = await db.$queryRaw<(FigureTotals & { current: boolean; foreignDocuments: number })[]>`${withOrderFigures(filters, window.previousStart, window.end, currency)}
    SELECT ("createdAt" >= ${utc(window.start)}) AS "current", ${FIGURE_TOTALS}, SUM("foreignDocuments")::int AS "foreignDocuments"
    FROM figures GROUP BY 1`;
  const of = (current: boolean) => rows.find((row) => row.current === current);
  const figures = (current: boolean) => {
    const { foreignDocuments: _counted, current: _which, ...totals } = of(current) ?? { ...ZERO, current, foreignDocuments: 0 };
    return withRatios(totals);
  };
  return { current: figures(true), previous: figures(false), foreignCurrencyDocuments: of(true)?.foreignDocuments ?? 0 };
}

/** The change from `previous` to `current` as a fraction (0.25 = +25 %), null when there is nothing to compare with. */
export function changeOf(current: Prisma.Decimal | number | null, previous: Prisma.Decimal | number | null): Prisma.Decimal | null {
  if (current === null || previous === null) return null;
  const before = new Decimal(previous);
  if (before.isZero()) return null;
  return new Decimal(current).minus(before).dividedBy(before.abs());
}
