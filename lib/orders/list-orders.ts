import "server-only";
import { z } from "zod";
import { readRows, readRowsPrepared } from "@/lib/db-sql";
import type { InvoiceKind, InvoiceStatus, Network, Order, OrderStatus } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { countCap, dateParam, firstParam, type PageOf, pageOf, type Pagination, type SearchParams, type SortDirection, sortFrom } from "@/lib/list-query";
import { orderFiltersSql, orderSortSql } from "./order-filters-sql";

export const ORDER_SORT_FIELDS = ["createdAt", "expectedCost", "quantity", "status"] as const;
export type OrderSortField = (typeof ORDER_SORT_FIELDS)[number];

export type OrderFilters = {
  companyId?: string;
  /** `OPEN`: every status the panel is still working on. */
  status?: OrderStatus | "OPEN";
  network?: Network;
  serviceId?: number;
  from?: Date;
  to?: Date;
  link?: string;
  sort: { field: OrderSortField; direction: SortDirection };
};

const ORDER_STATUSES = ["SUBMITTING", "NEEDS_REVIEW", "FAILED", "PENDING", "IN_PROGRESS", "PROCESSING", "COMPLETED", "PARTIAL", "CANCELED"] as const;
const NETWORKS = ["INSTAGRAM", "TIKTOK", "YOUTUBE", "FACEBOOK", "TWITTER", "TELEGRAM", "SPOTIFY", "OTHER"] as const;

/**
 * Built once: zod builds each schema's checks on creation, which cost more than the page's
 * query when done on every call.
 */
const filterParamSchemas = {
  companyId: z.string().min(1).max(64).optional().catch(undefined),
  status: z.enum([...ORDER_STATUSES, "OPEN"]).optional().catch(undefined),
  network: z.enum(NETWORKS).optional().catch(undefined),
  serviceId: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  link: z.string().trim().min(1).max(200).optional().catch(undefined),
};

/** The orders list's filters from the URL; unknown values are ignored, not errors. */
export function orderFiltersFrom(params: SearchParams): OrderFilters {
  return {
    companyId: filterParamSchemas.companyId.parse(firstParam(params, "companyId")),
    status: filterParamSchemas.status.parse(firstParam(params, "status")),
    network: filterParamSchemas.network.parse(firstParam(params, "network")),
    serviceId: filterParamSchemas.serviceId.parse(firstParam(params, "serviceId")),
    from: dateParam(params, "from"),
    to: dateParam(params, "to"),
    link: filterParamSchemas.link.parse(firstParam(params, "link")),
    sort: sortFrom(params, ORDER_SORT_FIELDS, { field: "createdAt", direction: "desc" }),
  };
}

type ListedDocument = { id: string; number: string; kind: InvoiceKind; amount: Prisma.Decimal; currency: string; status: InvoiceStatus };

export type OrderListItem = Pick<
  Order,
  | "id" | "createdAt" | "status" | "serviceId" | "serviceName" | "network" | "link" | "quantity"
  | "expectedCost" | "charge" | "remains" | "currency" | "multiplier" | "providerOrderId"
> & { company: { id: string; name: string }; invoices: ListedDocument[] };

/** As Postgres sends it: the company in two columns, the documents as json with their amounts as exact text, in any order. */
type OrderListRow = Omit<OrderListItem, "company" | "invoices"> & {
  companyId: string;
  companyName: string;
  invoices: (Omit<ListedDocument, "amount"> & { amount: string })[];
};

/** Documents listed as `ORDER BY "kind"` would (the enum's order): sorting one order's one or two in SQL cost a sort per row. */
const KIND_ORDER: Record<InvoiceKind, number> = { INVOICE: 0, CREDIT_NOTE: 1 };

// Field by field, not by rest and spread: this runs for every row of the most viewed list.
function listItemOf(row: OrderListRow): OrderListItem {
  const documents = row.invoices.map((invoice) => ({ ...invoice, amount: new Prisma.Decimal(invoice.amount) }));
  if (documents.length > 1) documents.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return {
    id: row.id,
    createdAt: row.createdAt,
    status: row.status,
    serviceId: row.serviceId,
    serviceName: row.serviceName,
    network: row.network,
    link: row.link,
    quantity: row.quantity,
    expectedCost: row.expectedCost,
    charge: row.charge,
    remains: row.remains,
    currency: row.currency,
    multiplier: row.multiplier,
    providerOrderId: row.providerOrderId,
    company: { id: row.companyId, name: row.companyName },
    invoices: documents,
  };
}

async function cappedCount(where: Prisma.Sql, pagination: Pagination, read: typeof readRows): Promise<{ count: number; capped: boolean }> {
  const cap = countCap(pagination);
  const [row] = await read<{ count: number }>(Prisma.sql`SELECT count(*)::int AS "count" FROM (SELECT 1 FROM "Order" o WHERE ${where} LIMIT ${cap + 1}) AS capped`);
  const count = row?.count ?? 0;
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}

/**
 * One page of orders with their company and documents, in one statement (Prisma took three
 * round trips and several times the query's time for the same 25 rows).
 */
export async function listOrders(filters: OrderFilters, pagination: Pagination): Promise<PageOf<OrderListItem>> {
  const where = orderFiltersSql(filters);
  // Prepared (one statement per combination of filters): a page costs less to read than to parse
  // and plan. Not with a "link contains" filter, whose plan depends on the pattern.
  const read = filters.link ? readRows : readRowsPrepared;
  const [rows, total] = await Promise.all([
    read<OrderListRow>(Prisma.sql`SELECT o."id", o."createdAt", o."status", o."serviceId", o."serviceName", o."network", o."link", o."quantity",
        o."expectedCost", o."charge", o."remains", o."currency", o."multiplier", o."providerOrderId",
        c."id" AS "companyId", c."name" AS "companyName",
        COALESCE((SELECT json_agg(json_build_object('id', i."id", 'number', i."number", 'kind', i."kind", 'amount', i."amount"::text, 'currency', i."currency", 'status', i."status"))
          FROM "Invoice" i WHERE i."orderId" = o."id"), '[]') AS "invoices"
      FROM "Order" o JOIN "Company" c ON c."id" = o."companyId"
      WHERE ${where} ORDER BY ${orderSortSql(filters.sort)} LIMIT ${pagination.pageSize} OFFSET ${pagination.skip}`),
    cappedCount(where, pagination, read),
  ]);
  return pageOf(rows.map(listItemOf), total.count, pagination, total.capped);
}
