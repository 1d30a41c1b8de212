import { readRows, readRowsPrepared } from "@/lib/db-sql";
import { type OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Network } from "@/lib/generated/prisma/client";
import { type PageOf, pageOf, type Pagination } from "@/lib/list-query";
import { ORDER_COST, orderRevenue } from "./filters";
import { FIGURE_TOTALS, type FigureTotals } from "./order-figures";

export type OrderWithProfit = {
  id: string;
  createdAt: Date;
  status: OrderStatus;
  companyId: string;
  companyName: string;
  serviceId: number;
  serviceName: string;
  network: Network;
  link: string;
  quantity: number;
  /** Null for an order never placed on the panel: it cost and earned nothing. */
  cost: Prisma.Decimal | null;
  revenue: Prisma.Decimal | null;
  profit: Prisma.Decimal | null;
};

function historySelect(currency: string): Prisma.Sql {
  return Prisma.sql`SELECT o."id", o."createdAt", o."status", o."companyId", c."name" AS "companyName", o."serviceId", o."serviceName",
      o."network", o."link", o."quantity", f."cost", f."revenue", f."revenue" - f."cost" AS "profit"
    FROM "Order" o
    JOIN "Company" c ON c."id" = o."companyId"
    CROSS JOIN LATERAL (
      SELECT CASE WHEN o."providerOrderId" IS NULL THEN NULL ELSE ${ORDER_COST} END AS "cost",
        CASE WHEN o."providerOrderId" IS NULL THEN NULL ELSE ${orderRevenue(currency)} END AS "revenue"
    ) f`;
}

/** A company's orders, newest first, each with what it cost, earned and left as profit. */
export async function loadCompanyOrderHistory(companyId: string, pagination: Pagination, currency: string): Promise<PageOf<OrderWithProfit>> {
  // Prepared: a page of one company's orders costs less to read than to parse and plan.
  const [items, [counted]] = await Promise.all([
    readRowsPrepared<OrderWithProfit>(Prisma.sql`${historySelect(currency)}
      WHERE o."companyId" = ${companyId}
      ORDER BY o."createdAt" DESC, o."id" DESC LIMIT ${pagination.pageSize} OFFSET ${pagination.skip}`),
    readRowsPrepared<{ total: number }>(Prisma.sql`SELECT count(*)::int AS "total" FROM "Order" WHERE "companyId" = ${companyId}`),
  ]);
  return pageOf(items, counted?.total ?? 0, pagination);
}

export const TARGET_LINK_ROW_LIMIT = 500;

export type TargetLinkMatch = { totals: FigureTotals & { companies: number; services: number }; orders: OrderWithProfit[]; truncated: boolean };

/**
 * Every order on a link across companies, services and time, with totals over all of them.
 * `exact` is a same-link key (lib/links/target-link.ts); `contains` a fragment of the link.
 */
export async function loadTargetLinkOrders(match: { exact: string } | { contains: string }, currency: string): Promise<TargetLinkMatch> {
  const where =
    "exact" in match
      ? Prisma.sql`o."linkKey" = ${match.exact}`
      : Prisma.sql`o."link" ILIKE ${`%${match.contains.replace(/[\\%_]/g, (character) => `\\${character}`)}%`}`;
  // One link's orders are few: prepared, they skip a parse and plan that cost as much. Not a
  // fragment search, whose plan depends on the pattern (the trigram index or not).
  const read = "exact" in match ? readRowsPrepared : readRows;
  const [orders, [totals]] = await Promise.all([
    read<OrderWithProfit>(Prisma.sql`${historySelect(currency)}
      WHERE ${where} ORDER BY o."createdAt" DESC, o."id" DESC LIMIT ${TARGET_LINK_ROW_LIMIT + 1}`),
    read<FigureTotals & { companies: number; services: number }>(Prisma.sql`WITH figures AS (
        SELECT o."companyId", o."serviceId", ${ORDER_COST} AS "cost", ${orderRevenue(currency)} AS "revenue"
        FROM "Order" o WHERE ${where} AND o."providerOrderId" IS NOT NULL
      )
      SELECT count(DISTINCT "companyId")::int AS "companies", count(DISTINCT "serviceId")::int AS "services", ${FIGURE_TOTALS} FROM figures`),
  ]);
  return {
    orders: orders.slice(0, TARGET_LINK_ROW_LIMIT),
    truncated: orders.length > TARGET_LINK_ROW_LIMIT,
    totals: totals as TargetLinkMatch["totals"],
  };
}
