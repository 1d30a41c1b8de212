import "server-only";
import { readRows } from "@/lib/db-sql";
import { type InvoiceKind, type InvoiceStatus, Prisma } from "@/lib/generated/prisma/client";
import { countCap, type PageOf, type Pagination, pageOf } from "@/lib/list-query";
import { invoiceFiltersSql, invoiceSortSql } from "./invoice-filters-sql";
import type { InvoiceFilters, InvoiceSort } from "./invoice-query";

export type InvoiceListItem = {
  id: string;
  kind: InvoiceKind;
  number: string;
  status: InvoiceStatus;
  currency: string;
  amount: Prisma.Decimal;
  issuedAt: Date;
  emailedAt: Date | null;
  company: { id: string; name: string };
  creditedInvoice: { id: string; number: string } | null;
};

export type InvoiceListQuery = { filters: InvoiceFilters; sort: InvoiceSort; pagination: Pagination };

async function cappedCount(where: Prisma.Sql, pagination: Pagination): Promise<{ count: number; capped: boolean }> {
  const cap = countCap(pagination);
  const [row] = await readRows<{ count: number }>(Prisma.sql`SELECT count(*)::int AS "count" FROM (SELECT 1 FROM "Invoice" i WHERE ${where} LIMIT ${cap + 1}) AS capped`);
  const count = row?.count ?? 0;
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}

/** One page of invoices and credit notes with their company and credited invoice, in one statement. */
export async function listInvoices({ filters, sort, pagination }: InvoiceListQuery): Promise<PageOf<InvoiceListItem>> {
  const where = invoiceFiltersSql(filters);
  const [items, total] = await Promise.all([
    readRows<InvoiceListItem>(Prisma.sql`SELECT i."id", i."kind", i."number", i."status", i."currency", i."amount", i."issuedAt", i."emailedAt",
        json_build_object('id', c."id", 'name', c."name") AS "company",
        CASE WHEN ci."id" IS NULL THEN NULL ELSE json_build_object('id', ci."id", 'number', ci."number") END AS "creditedInvoice"
      FROM "Invoice" i
      JOIN "Company" c ON c."id" = i."companyId"
      LEFT JOIN "Invoice" ci ON ci."id" = i."creditedInvoiceId"
      WHERE ${where} ORDER BY ${invoiceSortSql(sort)} LIMIT ${pagination.pageSize} OFFSET ${pagination.skip}`),
    cappedCount(where, pagination),
  ]);
  return pageOf(items, total.count, pagination, total.capped);
}

/** The companies that have at least one invoice, for the list's company filter. */
export async function listInvoicedCompanies(): Promise<{ id: string; name: string }[]> {
  return readRows<{ id: string; name: string }>(Prisma.sql`SELECT c."id", c."name" FROM "Company" c
    WHERE EXISTS (SELECT 1 FROM "Invoice" i WHERE i."companyId" = c."id") ORDER BY c."name", c."id"`);
}
