import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Network, OrderStatus } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_ORDER_STATUSES } from "./apply-panel-status";
import { countCap, dateParam, firstParam, type PageOf, pageOf, type Pagination, type SearchParams, type SortDirection, sortFrom } from "@/lib/list-query";
import { orderFiltersSql } from "./order-filters-sql";

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

/** The orders list's filters from the URL; unknown values are ignored, not errors. */
export function orderFiltersFrom(params: SearchParams): OrderFilters {
  const optional = <T>(schema: z.ZodType<T>, key: string): T | undefined => schema.optional().catch(undefined).parse(firstParam(params, key));
  return {
    companyId: optional(z.string().min(1).max(64), "companyId"),
    status: optional(z.enum([...ORDER_STATUSES, "OPEN"]), "status"),
    network: optional(z.enum(NETWORKS), "network"),
    serviceId: optional(z.coerce.number().int().positive().max(2_147_483_647), "serviceId"),
    from: dateParam(params, "from"),
    to: dateParam(params, "to"),
    link: optional(z.string().trim().min(1).max(200), "link"),
    sort: sortFrom(params, ORDER_SORT_FIELDS, { field: "createdAt", direction: "desc" }),
  };
}

function whereOf(filters: OrderFilters): Prisma.OrderWhereInput {
  return {
    companyId: filters.companyId,
    status: filters.status === "OPEN" ? { in: OPEN_ORDER_STATUSES } : filters.status,
    network: filters.network,
    serviceId: filters.serviceId,
    link: filters.link ? { contains: filters.link, mode: "insensitive" } : undefined,
    createdAt: {
      gte: filters.from,
      // `to` is a whole day: include it.
      lt: filters.to ? new Date(filters.to.getTime() + 86_400_000) : undefined,
    },
  };
}

const listSelect = {
  id: true,
  createdAt: true,
  status: true,
  serviceId: true,
  serviceName: true,
  network: true,
  link: true,
  quantity: true,
  expectedCost: true,
  charge: true,
  remains: true,
  currency: true,
  multiplier: true,
  providerOrderId: true,
  company: { select: { id: true, name: true } },
  invoices: { select: { id: true, number: true, kind: true, amount: true, currency: true, status: true } },
} as const satisfies Prisma.OrderSelect;

export type OrderListItem = Prisma.OrderGetPayload<{ select: typeof listSelect }>;

async function cappedCount(where: Prisma.Sql, pagination: Pagination): Promise<{ count: number; capped: boolean }> {
  const cap = countCap(pagination);
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" FROM (SELECT 1 FROM "Order" o WHERE ${where} LIMIT ${cap + 1}) AS capped`;
  const count = row?.count ?? 0;
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}

export async function listOrders(filters: OrderFilters, pagination: Pagination): Promise<PageOf<OrderListItem>> {
  const where = whereOf(filters);
  const [items, total] = await Promise.all([
    db.order.findMany({
      where,
      select: listSelect,
      orderBy: [{ [filters.sort.field]: filters.sort.direction }, { id: "desc" }],
      skip: pagination.skip,
      take: pagination.pageSize,
    }),
    cappedCount(orderFiltersSql(filters), pagination),
  ]);
  return pageOf(items, total.count, pagination, total.capped);
}
