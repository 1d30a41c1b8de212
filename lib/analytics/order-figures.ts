import { Prisma } from "@/lib/generated/prisma/client";
import { type AnalyticsFilters, countedOrdersWhere, foreignDocuments, ORDER_COST, orderRevenue } from "./filters";

/**
 * `WITH figures AS (...)`: one row per counted order with its cost and revenue, for the
 * loaders to aggregate in SQL. Every analytics number comes from this one definition.
 * Only columns of the "Order_figures_idx" index are read, so a period is an index-only scan.
 */
export function withOrderFigures(filters: AnalyticsFilters, from: Date, to: Date, currency: string): Prisma.Sql {
  return Prisma.sql`WITH figures AS (
    SELECT o."createdAt", o."companyId", o."serviceId", o."network", o."linkKey",
      ${ORDER_COST} AS "cost", ${orderRevenue(currency)} AS "revenue", ${foreignDocuments(currency)} AS "foreignDocuments"
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
