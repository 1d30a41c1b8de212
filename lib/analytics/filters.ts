import { z } from "zod";
import { type Network, Prisma } from "@/lib/generated/prisma/client";
import { firstParam, type SearchParams } from "@/lib/list-query";
import type { Period } from "./period";

export const NETWORKS = ["INSTAGRAM", "TIKTOK", "YOUTUBE", "FACEBOOK", "TWITTER", "TELEGRAM", "SPOTIFY", "OTHER"] as const satisfies readonly Network[];

export type AnalyticsFilters = { companyId?: string | undefined; network?: Network | undefined; serviceId?: number | undefined };

/** Built once: zod's schema creation costs more than the parse. */
const filterParamSchemas = {
  companyId: z.string().regex(/^[\w-]{1,64}$/).optional().catch(undefined),
  network: z.enum(NETWORKS).optional().catch(undefined),
  serviceId: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
};

/** Company, network and service filters from the URL; unknown values are ignored, not errors. */
export function analyticsFiltersFrom(params: SearchParams): AnalyticsFilters {
  return {
    companyId: filterParamSchemas.companyId.parse(firstParam(params, "companyId")),
    network: filterParamSchemas.network.parse(firstParam(params, "network")),
    serviceId: filterParamSchemas.serviceId.parse(firstParam(params, "serviceId")),
  };
}

/** A timestamp parameter compared with Prisma's `timestamp(3)` columns, which hold UTC. */
export const utc = (instant: Date): Prisma.Sql => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/**
 * The orders a figure counts: placed on the panel (a failed or never-sent order cost and
 * earned nothing), created in [from, to), matching the filters. Figures belong to the day
 * the order was placed, so a later credit note lowers the revenue of its order's day.
 */
export function countedOrdersWhere(filters: AnalyticsFilters, from: Date, to: Date): Prisma.Sql {
  const conditions = [
    Prisma.sql`o."providerOrderId" IS NOT NULL`,
    Prisma.sql`o."createdAt" >= ${utc(from)}`,
    Prisma.sql`o."createdAt" < ${utc(to)}`,
  ];
  if (filters.companyId) conditions.push(Prisma.sql`o."companyId" = ${filters.companyId}`);
  if (filters.network) conditions.push(Prisma.sql`o."network" = ${filters.network}::"Network"`);
  if (filters.serviceId) conditions.push(Prisma.sql`o."serviceId" = ${filters.serviceId}`);
  return Prisma.join(conditions, " AND ");
}

/** What the panel charged, or is expected to charge until it reports the charge. */
export const ORDER_COST = Prisma.sql`COALESCE(o."charge", o."expectedCost")`;

/**
 * An order's revenue: its invoice minus its credit note, void documents left out, as the
 * database keeps it on the order (Invoice triggers, see prisma/schema.prisma). Only documents
 * in the agency currency count (see `foreignDocuments`): amounts in two currencies are never
 * added up as if they were one.
 */
export function orderRevenue(currency: string): Prisma.Sql {
  return Prisma.sql`CASE WHEN o."revenueCurrency" = ${currency} THEN o."netRevenue" ELSE 0 END`;
}

/** The order's non-void documents in another currency than the agency's: left out of revenue, and said so. */
export function foreignDocuments(currency: string): Prisma.Sql {
  return Prisma.sql`CASE WHEN o."revenueCurrency" <> ${currency} THEN o."revenueDocuments" ELSE 0 END`;
}

export type PeriodWindow = Pick<Period, "start" | "end" | "previousStart">;
