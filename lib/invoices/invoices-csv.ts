import "server-only";
import { csvDownload, csvLines } from "@/lib/csv";
import { ISO_UTC, streamRows } from "@/lib/db-stream";
import type { SearchParams } from "@/lib/list-query";
import { type InvoiceKind, type InvoiceStatus, Prisma } from "@/lib/generated/prisma/client";
import { exactAmountText, negatedAmountText } from "@/lib/money/exact-amount-text";
import { invoiceFiltersSql } from "./invoice-filters-sql";
import { type InvoiceFilters, type InvoiceSort, invoiceFiltersFrom, invoiceSortFrom } from "./invoice-query";
import { INVOICE_KIND_TITLE, INVOICE_STATUS_LABEL } from "./invoice-labels";

const HEADER = [
  "number", "kind", "status", "issued_at_utc", "company", "company_id", "order_id", "credited_invoice", "currency", "amount",
  "provider_cost", "multiplier", "paid_at_utc", "voided_at_utc", "reason", "emailed_at_utc", "emailed_to",
];

type InvoiceCsvRow = {
  number: string; kind: InvoiceKind; status: InvoiceStatus; issuedAt: string; company: string; companyId: string; orderId: string;
  creditedNumber: string | null; currency: string; amount: string; providerCost: string; multiplier: string; paidAt: string | null;
  voidedAt: string | null; reason: string | null; emailedAt: string | null; emailedTo: string | null;
};

/**
 * Every invoice matching the list's filters, in the list's order, as CSV lines (header
 * first), read through a cursor at constant memory. Amounts are exact decimal strings
 * (credit notes negative), so a spreadsheet's sum is the balance.
 */
export async function* invoicesCsv(filters: InvoiceFilters, sort: InvoiceSort): AsyncGenerator<string> {
  yield csvLines([HEADER]);
  const direction = sort.direction === "asc" ? "ASC" : "DESC";
  const iso = (column: string) => Prisma.raw(`to_char(i."${column}", ${ISO_UTC})`);
  const rows = streamRows<InvoiceCsvRow>(Prisma.sql`
    SELECT i."number", i."kind", i."status", ${iso("issuedAt")} AS "issuedAt", c."name" AS "company", i."companyId", i."orderId",
      credited."number" AS "creditedNumber", i."currency", i."amount"::text AS "amount", i."providerCost"::text AS "providerCost",
      i."multiplier"::text AS "multiplier", ${iso("paidAt")} AS "paidAt", ${iso("voidedAt")} AS "voidedAt", i."reason",
      ${iso("emailedAt")} AS "emailedAt", i."emailedTo"
    FROM "Invoice" i
    JOIN "Company" c ON c."id" = i."companyId"
    LEFT JOIN "Invoice" credited ON credited."id" = i."creditedInvoiceId"
    WHERE ${invoiceFiltersSql(filters)}
    ORDER BY ${Prisma.raw(`i."${sort.field}" ${direction}, i."id" ${direction}`)}`);
  for await (const batch of rows) {
    yield csvLines(
      batch.map((invoice) => [
        invoice.number,
        INVOICE_KIND_TITLE[invoice.kind],
        INVOICE_STATUS_LABEL[invoice.status],
        invoice.issuedAt,
        invoice.company,
        invoice.companyId,
        invoice.orderId,
        invoice.creditedNumber,
        invoice.currency,
        exactAmountText(invoice.kind === "CREDIT_NOTE" ? negatedAmountText(invoice.amount) : invoice.amount, invoice.currency),
        invoice.providerCost,
        withoutTrailingZeros(invoice.multiplier),
        invoice.paidAt,
        invoice.voidedAt,
        invoice.reason,
        invoice.emailedAt,
        invoice.emailedTo,
      ]),
    );
  }
}

/** "8.0000" → "8", "1.2500" → "1.25": the multiplier as Decimal writes it, without a Decimal per row. */
function withoutTrailingZeros(stored: string): string {
  return stored.includes(".") ? stored.replace(/\.?0+$/, "") : stored;
}

/** The download for an export URL: the list page's filters and sort from its query string. */
export function invoicesCsvDownload(url: URL, today = new Date()): Response {
  const params = searchParamsOf(url);
  return csvDownload(invoicesCsvFilename(today), invoicesCsv(invoiceFiltersFrom(params), invoiceSortFrom(params)));
}

function searchParamsOf(url: URL): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) params[key] = url.searchParams.getAll(key);
  return params;
}

function invoicesCsvFilename(today: Date): string {
  return `invoices-${today.toISOString().slice(0, 10)}.csv`;
}
