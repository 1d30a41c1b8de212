import "server-only";
import { db } from "@/lib/db";
import type { Network, Prisma, Service } from "@/lib/generated/prisma/client";
import { pageOf, type PageOf, type Pagination } from "@/lib/list-query";
import { type Decimal, sellPrice } from "@/lib/money";
import { getSettings } from "@/lib/settings";
import type { CatalogFilter, CatalogSort } from "./catalog-filter";

export type CatalogRow = Service & {
  /** What 1000 units would be invoiced at with the current default multiplier. */
  sellPricePer1000: Decimal;
};

export type CatalogView = {
  services: PageOf<CatalogRow>;
  /** Per network, for the current search and inactive toggle (not the network filter). */
  networkCounts: Partial<Record<Network, number>>;
  lastSyncedAt: Date | null;
  currency: string;
};

const MAX_SERVICE_ID = 2_147_483_647;

function searchCondition(search: string): Prisma.ServiceWhereInput {
  const id = /^\d+$/.test(search) ? Number(search) : undefined;
  return {
    OR: [
      { name: { contains: search, mode: "insensitive" } },
      { category: { contains: search, mode: "insensitive" } },
      ...(id !== undefined && id <= MAX_SERVICE_ID ? [{ id }] : []),
    ],
  };
}

function whereOf(filter: Omit<CatalogFilter, "network">): Prisma.ServiceWhereInput {
  return {
    ...(filter.includeInactive ? {} : { active: true }),
    ...(filter.search ? searchCondition(filter.search) : {}),
  };
}

function orderOf(sort: CatalogSort): Prisma.ServiceOrderByWithRelationInput[] {
  const field = sort.field === "rate" ? "ratePer1000" : sort.field;
  return [{ [field]: sort.direction }, { id: "asc" }];
}

/** One page of the synced catalog with each service's sell price, and what the page around it shows. */
export async function listCatalog(filter: CatalogFilter, sort: CatalogSort, pagination: Pagination): Promise<CatalogView> {
  const where = whereOf(filter);
  const pageWhere = filter.network ? { ...where, network: filter.network } : where;
  const [services, total, counts, latest, settings] = await Promise.all([
    db.service.findMany({ where: pageWhere, orderBy: orderOf(sort), skip: pagination.skip, take: pagination.pageSize }),
    db.service.count({ where: pageWhere }),
    db.service.groupBy({ by: ["network"], where, _count: { _all: true } }),
    db.service.aggregate({ _max: { lastSyncedAt: true } }),
    getSettings(),
  ]);
  const rows = services.map((service) => ({
    ...service,
    sellPricePer1000: sellPrice(service.ratePer1000, settings.invoiceMultiplier, settings.currency),
  }));
  return {
    services: pageOf(rows, total, pagination),
    networkCounts: Object.fromEntries(counts.map((count) => [count.network, count._count._all])),
    lastSyncedAt: latest._max.lastSyncedAt,
    currency: settings.currency,
  };
}
