import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Network } from "@/lib/generated/prisma/client";
import { Decimal } from "@/lib/money";
import type { AnalyticsFilters } from "./filters";
import type { RangeTotals } from "./kpis";
import { FIGURE_TOTALS, withOrderFigures } from "./order-figures";
import { bucketStarts, type Period } from "./period";

export type SeriesPoint = RangeTotals & { bucket: string; network: Network };

/** Revenue, cost and profit per bucket (day, week or month of the agency's calendar) and network. */
export async function loadSeries(filters: AnalyticsFilters, period: Period, currency: string): Promise<SeriesPoint[]> {
  return readRows<SeriesPoint>(Prisma.sql`${withOrderFigures(filters, period.start, period.end, currency)}
    SELECT to_char(date_trunc(${period.bucket}, ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${period.timezone}), 'YYYY-MM-DD') AS "bucket",
      "network", ${FIGURE_TOTALS}, SUM("foreignDocuments")::int AS "foreignDocuments"
    FROM figures GROUP BY 1, 2 ORDER BY 1, 2`);
}

/** The whole period's totals: the sum of its series (which covers every order of the period once). */
export function seriesTotals(points: SeriesPoint[]): RangeTotals {
  return points.reduce(
    (totals, point) => ({
      orders: totals.orders + point.orders,
      revenue: totals.revenue.plus(point.revenue),
      cost: totals.cost.plus(point.cost),
      profit: totals.profit.plus(point.profit),
      foreignDocuments: totals.foreignDocuments + point.foreignDocuments,
    }),
    { orders: 0, revenue: new Decimal(0), cost: new Decimal(0), profit: new Decimal(0), foreignDocuments: 0 },
  );
}

export type SeriesRow = { bucket: string; revenue: Decimal; cost: Decimal; profit: Decimal; orders: number; byNetwork: Partial<Record<Network, Decimal>> };

/**
 * One row per bucket of the period, empty buckets included (shown as zero, not skipped),
 * with the profit split by network for the stacked chart.
 */
export function seriesRows(points: SeriesPoint[], period: Period): SeriesRow[] {
  const rows = new Map<string, SeriesRow>(
    bucketStarts(period).map((bucket) => [bucket, { bucket, revenue: new Decimal(0), cost: new Decimal(0), profit: new Decimal(0), orders: 0, byNetwork: {} }]),
  );
  for (const point of points) {
    const row = rows.get(point.bucket);
    if (!row) continue;
    row.revenue = row.revenue.plus(point.revenue);
    row.cost = row.cost.plus(point.cost);
    row.profit = row.profit.plus(point.profit);
    row.orders += point.orders;
    row.byNetwork[point.network] = new Decimal(point.profit);
  }
  return [...rows.values()];
}
