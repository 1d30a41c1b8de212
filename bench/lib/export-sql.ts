import { ISO_UTC } from "@/lib/db-stream";

export type ExportKind = "invoices" | "orders";

/**
 * The rows and columns each export writes, as plain SQL for the bare baseline: the list's
 * default order, and the `from` filter (a UTC day) the benchmark uses to size the export.
 */
export const BARE_EXPORT_SQL: Record<ExportKind, (params: URLSearchParams) => { text: string; values: unknown[] }> = {
  invoices: (params) => {
    const from = params.get("from");
    const iso = (column: string) => `to_char(i."${column}", ${ISO_UTC})`;
    return {
      text: `SELECT i."number", i."kind", i."status", ${iso("issuedAt")}, c."name", i."companyId", i."orderId", credited."number", i."currency",
          i."amount"::text, i."providerCost"::text, i."multiplier"::text, ${iso("paidAt")}, ${iso("voidedAt")}, i."reason", ${iso("emailedAt")}, i."emailedTo"
        FROM "Invoice" i
        JOIN "Company" c ON c."id" = i."companyId"
        LEFT JOIN "Invoice" credited ON credited."id" = i."creditedInvoiceId"
        ${from ? `WHERE i."issuedAt" >= $1::timestamp` : ""}
        ORDER BY i."issuedAt" DESC, i."id" DESC`,
      values: from ? [from] : [],
    };
  },
  orders: (params) => {
    const from = params.get("from");
    return {
      text: `SELECT o."id", to_char(o."createdAt", ${ISO_UTC}), c."name", o."status", o."network", o."serviceId", o."serviceName", o."link", o."quantity",
          o."providerOrderId", o."expectedCost"::text, o."charge"::text, o."remains", o."currency", o."multiplier"::text, inv."number", inv."amount"::text,
          cn."amount"::text
        FROM "Order" o
        JOIN "Company" c ON c."id" = o."companyId"
        LEFT JOIN "Invoice" inv ON inv."orderId" = o."id" AND inv."kind" = 'INVOICE'
        LEFT JOIN "Invoice" cn ON cn."orderId" = o."id" AND cn."kind" = 'CREDIT_NOTE'
        ${from ? `WHERE o."createdAt" >= $1::timestamp` : ""}
        ORDER BY o."createdAt" DESC, o."id" DESC`,
      values: from ? [from] : [],
    };
  },
};
