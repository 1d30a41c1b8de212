import { z } from "zod";
import { Network } from "@/lib/generated/prisma/client";
import { firstParam, type SearchParams, sortFrom, type SortDirection } from "@/lib/list-query";

export type CatalogFilter = {
  network?: Network;
  /** Matches the name or category, or the service id when it is a number. */
  search?: string;
  /** Services the panel no longer lists are hidden unless asked for. */
  includeInactive: boolean;
};

export const CATALOG_SORT_FIELDS = ["id", "name", "category", "rate"] as const;
export type CatalogSortField = (typeof CATALOG_SORT_FIELDS)[number];
export type CatalogSort = { field: CatalogSortField; direction: SortDirection };

const networkSchema = z.enum(Network).optional().catch(undefined);
const searchSchema = z.string().trim().max(100).optional().catch(undefined);

/** The catalog list's filter from the URL; values that make no sense are ignored. */
export function catalogFilterFrom(params: SearchParams): CatalogFilter {
  const search = searchSchema.parse(firstParam(params, "q"));
  const network = networkSchema.parse(firstParam(params, "network"));
  return {
    ...(network ? { network } : {}),
    ...(search ? { search } : {}),
    includeInactive: firstParam(params, "inactive") === "1",
  };
}

export function catalogSortFrom(params: SearchParams): CatalogSort {
  return sortFrom(params, CATALOG_SORT_FIELDS, { field: "category", direction: "asc" });
}
