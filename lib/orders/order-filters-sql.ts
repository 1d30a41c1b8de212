import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_ORDER_STATUSES } from "./apply-panel-status";
import type { OrderFilters } from "./list-orders";

const DAY_MS = 86_400_000;
const timestamp = (instant: Date) => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The orders list's filters as SQL over `"Order" o` (the list page, its count and its CSV export). */
export function orderFiltersSql(filters: OrderFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.companyId) conditions.push(Prisma.sql`o."companyId" = ${filters.companyId}`);
  if (filters.status === "OPEN") conditions.push(Prisma.sql`o."status" = ANY(${OPEN_ORDER_STATUSES}::"OrderStatus"[])`);
  else if (filters.status) conditions.push(Prisma.sql`o."status" = ${filters.status}::"OrderStatus"`);
  if (filters.network) conditions.push(Prisma.sql`o."network" = ${filters.network}::"Network"`);
  if (filters.serviceId) conditions.push(Prisma.sql`o."serviceId" = ${filters.serviceId}`);
  if (filters.from) conditions.push(Prisma.sql`o."createdAt" >= ${timestamp(filters.from)}`);
  // `to` is a whole day: include it.
  if (filters.to) conditions.push(Prisma.sql`o."createdAt" < ${timestamp(new Date(filters.to.getTime() + DAY_MS))}`);
  if (filters.link) conditions.push(Prisma.sql`o."link" ILIKE ${`%${filters.link.replace(/[\\%_]/g, (character) => `\\${character}`)}%`}`);
  return Prisma.join(conditions, " AND ");
}

/** The list's order, the id breaking ties (the same as the page's). */
export function orderSortSql(sort: OrderFilters["sort"]): Prisma.Sql {
  const direction = sort.direction === "asc" ? "ASC" : "DESC";
  return Prisma.raw(`o."${sort.field}" ${direction}, o."id" DESC`);
}
