import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countCap, type PageOf, type Pagination, pageOf } from "@/lib/list-query";
import { invoiceFiltersSql } from "./invoice-filters-sql";
import type { InvoiceFilters, InvoiceSort } from "./invoice-query";

const DAY_MS = 24 * 3600 * 1000;

export function invoiceWhere(filters: InvoiceFilters): Prisma.InvoiceWhereInput {
  const { issuedFrom, issuedTo } = filters;
  return {
    companyId: filters.companyId,
    kind: filters.kind,
    status: filters.status,
    issuedAt:
      issuedFrom || issuedTo
        ? { gte: issuedFrom, lt: issuedTo ? new Date(issuedTo.getTime() + DAY_MS) : undefined }
        : undefined,
    number: filters.numberSearch ? { contains: filters.numberSearch, mode: "insensitive" } : undefined,
  };
}

/** The id breaks ties, so paging through equal amounts or dates never repeats or skips a row. */
export function invoiceOrderBy(sort: InvoiceSort): Prisma.InvoiceOrderByWithRelationInput[] {
  return [{ [sort.field]: sort.direction }, { id: sort.direction }];
}

const listSelect = {
  id: true,
  kind: true,
  number: true,
  status: true,
  currency: true,
  amount: true,
  issuedAt: true,
  emailedAt: true,
  company: { select: { id: true, name: true } },
  creditedInvoice: { select: { id: true, number: true } },
} satisfies Prisma.InvoiceSelect;

export type InvoiceListItem = Prisma.InvoiceGetPayload<{ select: typeof listSelect }>;

export type InvoiceListQuery = { filters: InvoiceFilters; sort: InvoiceSort; pagination: Pagination };

async function cappedCount(where: Prisma.Sql, pagination: Pagination): Promise<{ count: number; capped: boolean }> {
  const cap = countCap(pagination);
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" FROM (SELECT 1 FROM "Invoice" i WHERE ${where} LIMIT ${cap + 1}) AS capped`;
  const count = row?.count ?? 0;
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}

export async function listInvoices({ filters, sort, pagination }: InvoiceListQuery): Promise<PageOf<InvoiceListItem>> {
  const where = invoiceWhere(filters);
  const [items, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: invoiceOrderBy(sort),
      skip: pagination.skip,
      take: pagination.pageSize,
      select: listSelect,
    }),
    cappedCount(invoiceFiltersSql(filters), pagination),
  ]);
  return pageOf(items, total.count, pagination, total.capped);
}

/** The companies that have at least one invoice, for the list's company filter. */
export async function listInvoicedCompanies(): Promise<{ id: string; name: string }[]> {
  return db.company.findMany({
    where: { invoices: { some: {} } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
