import { csvDownload, csvLines } from "@/lib/csv";
import { ISO_UTC, streamRows } from "@/lib/db-stream";
import { Prisma } from "@/lib/generated/prisma/client";
import { exactAmountText } from "@/lib/money/exact-amount-text";
import { type OrderFilters, orderFiltersFrom } from "./list-orders";
import { orderFiltersSql, orderSortSql } from "./order-filters-sql";

const HEADER = [
  "order_id", "created_at_utc", "company", "status", "network", "service_id", "service", "link", "quantity",
  "panel_order_id", "expected_cost", "charge", "remains", "currency", "multiplier", "invoice_number", "invoice_amount", "credit_note_amount",
];

type OrderCsvRow = {
  id: string; createdAt: string; company: string; status: string; network: string; serviceId: number; serviceName: string; link: string;
  quantity: number; providerOrderId: number | null; expectedCost: string; charge: string | null; remains: number | null; currency: string | null;
  multiplier: string; invoiceNumber: string | null; invoiceAmount: string | null; creditNoteAmount: string | null; invoiceCurrency: string | null;
};

/**
 * Every order matching the list's filters, in the list's order, as CSV lines (header first),
 * read through a cursor: memory stays flat whatever the number of orders. Amounts are exact
 * decimal strings, invoice amounts to the currency's minor unit.
 */
export async function* ordersCsv(filters: OrderFilters): AsyncGenerator<string> {
  yield csvLines([HEADER]);
  const rows = streamRows<OrderCsvRow>(Prisma.sql`
    SELECT o."id", to_char(o."createdAt", ${Prisma.raw(ISO_UTC)}) AS "createdAt", c."name" AS "company", o."status", o."network", o."serviceId",
      o."serviceName", o."link", o."quantity", o."providerOrderId", o."expectedCost"::text AS "expectedCost", o."charge"::text AS "charge",
      o."remains", o."currency", o."multiplier"::text AS "multiplier", inv."number" AS "invoiceNumber", inv."amount"::text AS "invoiceAmount",
      inv."currency" AS "invoiceCurrency", cn."amount"::text AS "creditNoteAmount"
    FROM "Order" o
    JOIN "Company" c ON c."id" = o."companyId"
    LEFT JOIN "Invoice" inv ON inv."orderId" = o."id" AND inv."kind" = 'INVOICE'
    LEFT JOIN "Invoice" cn ON cn."orderId" = o."id" AND cn."kind" = 'CREDIT_NOTE'
    WHERE ${orderFiltersSql(filters)}
    ORDER BY ${orderSortSql(filters.sort)}`);
  for await (const batch of rows) {
    yield csvLines(
      batch.map((order) => {
        const amount = (value: string | null) => (value === null || order.invoiceCurrency === null ? null : exactAmountText(value, order.invoiceCurrency));
        return [
          order.id, order.createdAt, order.company, order.status, order.network, order.serviceId, order.serviceName, order.link,
          order.quantity, order.providerOrderId, order.expectedCost, order.charge, order.remains, order.currency, order.multiplier,
          order.invoiceNumber, amount(order.invoiceAmount), amount(order.creditNoteAmount),
        ];
      }),
    );
  }
}

/** The download for an export URL: the list page's filters and sort from its query string. */
export function ordersCsvDownload(url: URL, today = new Date()): Response {
  return csvDownload(`orders-${today.toISOString().slice(0, 10)}.csv`, ordersCsv(orderFiltersFrom(Object.fromEntries(url.searchParams))));
}
