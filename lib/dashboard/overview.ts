import "server-only";
import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_ORDER_STATUSES } from "@/lib/orders/apply-panel-status";

/** The counts the dashboard leads with: what needs attention today. */
export async function getOperationsOverview() {
  const count = async (query: Prisma.Sql) => (await readRows<{ count: number }>(query))[0]?.count ?? 0;
  const [activeCompanies, openOrders, ordersNeedingReview, unpaidInvoices] = await Promise.all([
    count(Prisma.sql`SELECT count(*)::int AS "count" FROM "Company" WHERE "status" = 'ACTIVE'`),
    count(Prisma.sql`SELECT count(*)::int AS "count" FROM "Order" WHERE "status" = ANY(${OPEN_ORDER_STATUSES}::"OrderStatus"[])`),
    count(Prisma.sql`SELECT count(*)::int AS "count" FROM "Order" WHERE "status" = 'NEEDS_REVIEW'`),
    count(Prisma.sql`SELECT count(*)::int AS "count" FROM "Invoice" WHERE "kind" = 'INVOICE' AND "status" = 'ISSUED'`),
  ]);
  return { activeCompanies, openOrders, ordersNeedingReview, unpaidInvoices };
}
