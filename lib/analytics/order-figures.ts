import { Prisma } from "@/lib/generated/prisma/client";
import { type AnalyticsFilters, countedOrdersWhere, ORDER_COST, orderRevenue } from "./filters";

/**
 * `WITH figures AS (...)`: one row per counted order with its cost and revenue, for the
 * loaders to aggregate in SQL. Every analytics number comes from this one definition.
 */
export function withOrderFigures(filters: AnalyticsFilters, from: Date, to: Date, currency: string): Prisma.Sql {
  return Prisma.sql`WITH figures AS (
    SELECT o."id", o."createdAt", o."companyId", o."serviceId", o."serviceName", o."network", o."linkKey", o."link",
      ${ORDER_COST} AS "cost", ${orderRevenue(currency)} AS "revenue"
    FROM "Order" o
    WHERE ${countedOrdersWhere(filters, from, to)}
  )`;
}

/** Revenue, cost, profit and order count over `figures`, as the aggregate columns of a SELECT. */
export const FIGURE_TOTALS = Prisma.sql`count(*)::int AS "orders",
  COALESCE(SUM("revenue"), 0) AS "revenue",
  COALESCE(SUM("cost"), 0) AS "cost",
  COALESCE(SUM("revenue" - "cost"), 0) AS "profit"`;

export type FigureTotals = { orders: number; revenue: Prisma.Decimal; cost: Prisma.Decimal; profit: Prisma.Decimal };
