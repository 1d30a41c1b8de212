import { Prisma } from "@/lib/generated/prisma/client";
import type { InvoiceFilters } from "./invoice-query";

const DAY_MS = 86_400_000;
const timestamp = (instant: Date) => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The invoices list's filters as SQL over `"Invoice" i` (what `invoiceWhere` selects). */
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
