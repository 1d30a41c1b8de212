import { Prisma } from "@/lib/generated/prisma/client";
import type { InvoiceFilters, InvoiceSort } from "./invoice-query";

const DAY_MS = 86_400_000;
const timestamp = (instant: Date) => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The invoices list's filters as SQL over `"Invoice" i` (the list page, its count and its CSV export). */
export function invoiceFiltersSql(filters: InvoiceFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.companyId) conditions.push(Prisma.sql`i."companyId" = ${filters.companyId}`);
  if (filters.kind) conditions.push(Prisma.sql`i."kind" = ${filters.kind}::"InvoiceKind"`);
  if (filters.status) conditions.push(Prisma.sql`i."status" = ${filters.status}::"InvoiceStatus"`);
  if (filters.issuedFrom) conditions.push(Prisma.sql`i."issuedAt" >= ${timestamp(filters.issuedFrom)}`);
  if (filters.issuedTo) conditions.push(Prisma.sql`i."issuedAt" < ${timestamp(new Date(filters.issuedTo.getTime() + DAY_MS))}`);
  if (filters.numberSearch) conditions.push(Prisma.sql`i."number" ILIKE ${`%${filters.numberSearch.replace(/[\\%_]/g, (character) => `\\${character}`)}%`}`);
  return Prisma.join(conditions, " AND ");
}

/** The list's order, the id breaking ties in the same direction, so paging never repeats or skips a row. */
export function invoiceSortSql(sort: InvoiceSort): Prisma.Sql {
  const direction = sort.direction === "asc" ? "ASC" : "DESC";
  return Prisma.raw(`i."${sort.field}" ${direction}, i."id" ${direction}`);
}
