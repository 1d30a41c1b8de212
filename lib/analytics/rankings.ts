import { readRows } from "@/lib/db-sql";
import { type Network, Prisma } from "@/lib/generated/prisma/client";
import { type AnalyticsFilters, countedOrdersWhere, type PeriodWindow } from "./filters";
import { FIGURE_TOTALS, type FigureTotals, withOrderFigures } from "./order-figures";

type Range = Pick<PeriodWindow, "start" | "end">;

export const RANKING_SIZE = 10;

export type CompanyRanking = FigureTotals & { companyId: string; name: string };
export type ServiceRanking = FigureTotals & { serviceId: number; serviceName: string; network: Network };
export type TargetLinkRanking = FigureTotals & { linkKey: string; link: string; companies: number };

/** The companies that brought the most profit in the range. */
export async function loadTopCompanies(filters: AnalyticsFilters, range: Range, currency: string): Promise<CompanyRanking[]> {
  return readRows<CompanyRanking>(Prisma.sql`${withOrderFigures(filters, range.start, range.end, currency)},
    ranked AS (SELECT "companyId", ${FIGURE_TOTALS} FROM figures GROUP BY 1 ORDER BY "profit" DESC, "companyId" LIMIT ${RANKING_SIZE})
    SELECT ranked.*, c."name" FROM ranked JOIN "Company" c ON c."id" = ranked."companyId" ORDER BY "profit" DESC, "companyId"`);
}

/**
 * The services that brought the most profit in the range, named as they were when last
 * ordered (the ranking reads only indexed columns; the ten names are one probe each).
 */
export async function loadTopServices(filters: AnalyticsFilters, range: Range, currency: string): Promise<ServiceRanking[]> {
  return readRows<ServiceRanking>(Prisma.sql`${withOrderFigures(filters, range.start, range.end, currency)},
    ranked AS (SELECT "serviceId", min("network"::text)::"Network" AS "network", ${FIGURE_TOTALS}
      FROM figures GROUP BY 1 ORDER BY "profit" DESC, "serviceId" LIMIT ${RANKING_SIZE})
    SELECT ranked.*, (SELECT o."serviceName" FROM "Order" o WHERE o."serviceId" = ranked."serviceId" ORDER BY o."createdAt" DESC LIMIT 1) AS "serviceName"
    FROM ranked ORDER BY "profit" DESC, "serviceId"`);
}

/**
 * The target links (normalised: one row per "same link") that brought the most profit in the
 * range, each shown as it was last written. Nearly every order of a period can be on its own
 * link, so the ranking is a plain hash aggregate; the companies are counted for the ten only.
 */
export async function loadTopTargetLinks(filters: AnalyticsFilters, range: Range, currency: string): Promise<TargetLinkRanking[]> {
  return readRows<TargetLinkRanking>(Prisma.sql`${withOrderFigures(filters, range.start, range.end, currency)},
    ranked AS (SELECT "linkKey", ${FIGURE_TOTALS} FROM figures GROUP BY 1 ORDER BY "profit" DESC, "linkKey" LIMIT ${RANKING_SIZE})
    SELECT ranked.*,
      (SELECT count(DISTINCT o."companyId")::int FROM "Order" o
        WHERE o."linkKey" = ranked."linkKey" AND ${countedOrdersWhere(filters, range.start, range.end)}) AS "companies",
      (SELECT o."link" FROM "Order" o WHERE o."linkKey" = ranked."linkKey" ORDER BY o."createdAt" DESC LIMIT 1) AS "link"
    FROM ranked ORDER BY "profit" DESC, "linkKey"`);
}
