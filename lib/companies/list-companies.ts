import "server-only";
import { z } from "zod";
import { readRows } from "@/lib/db-sql";
import { type CompanySource, type CompanyStatus, Prisma } from "@/lib/generated/prisma/client";
import { firstParam, type PageOf, pageOf, type Pagination, type SearchParams, type SortDirection, sortFrom } from "@/lib/list-query";

export const COMPANY_SORT_FIELDS = ["name", "createdAt"] as const;
export type CompanySortField = (typeof COMPANY_SORT_FIELDS)[number];

export const COMPANY_STATUS_FILTERS = ["active", "archived", "all"] as const;
export type CompanyStatusFilter = (typeof COMPANY_STATUS_FILTERS)[number];

export type CompanyListQuery = {
  q?: string;
  status: CompanyStatusFilter;
  sort: { field: CompanySortField; direction: SortDirection };
  pagination: Pagination;
};

/** The list's filters from the URL; unknown values fall back to the defaults, never an error. */
export function companyListFiltersFrom(params: SearchParams): Omit<CompanyListQuery, "pagination"> {
  return {
    q: z.string().trim().min(1).max(200).optional().catch(undefined).parse(firstParam(params, "q")),
    status: z.enum(COMPANY_STATUS_FILTERS).catch("active").parse(firstParam(params, "status") ?? "active"),
    sort: sortFrom(params, COMPANY_SORT_FIELDS, { field: "name", direction: "asc" }),
  };
}

const STATUS_OF: Record<Exclude<CompanyStatusFilter, "all">, CompanyStatus> = { active: "ACTIVE", archived: "ARCHIVED" };
const SEARCHED_COLUMNS = ["name", "legalName", "contactName", "contactEmail", "city", "country"] as const;

/** `%` and `_` in a search are meant literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function whereSql(query: Pick<CompanyListQuery, "q" | "status">): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.status !== "all") conditions.push(Prisma.sql`"status" = ${STATUS_OF[query.status]}::"CompanyStatus"`);
  if (query.q) {
    const pattern = containsPattern(query.q);
    const matches = SEARCHED_COLUMNS.map((column) => Prisma.sql`${Prisma.raw(`"${column}"`)} ILIKE ${pattern}`);
    conditions.push(Prisma.sql`(${Prisma.join(matches, " OR ")})`);
  }
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

// Raw SQL for the ordering: the database collates bytewise, and "acme" belongs next to "Acme", not after "Zeta".
function orderSql(sort: CompanyListQuery["sort"]): Prisma.Sql {
  const direction = Prisma.raw(sort.direction === "asc" ? "ASC" : "DESC");
  const column = sort.field === "name" ? Prisma.sql`lower("name")` : Prisma.sql`"createdAt"`;
  return Prisma.sql`ORDER BY ${column} ${direction}, "id" ASC`;
}

export type CompanyListItem = {
  id: string;
  name: string;
  contactName: string | null;
  contactEmail: string | null;
  country: string | null;
  status: CompanyStatus;
  source: CompanySource;
  createdAt: Date;
  _count: { orders: number };
};

/** One page of companies, each with its order count (counted for this page's companies only, by the orders' company index). */
export async function listCompanies(query: CompanyListQuery): Promise<PageOf<CompanyListItem>> {
  const where = whereSql(query);
  const order = orderSql(query.sort);
  const [items, [counted]] = await Promise.all([
    readRows<CompanyListItem>(Prisma.sql`WITH page AS (
        SELECT "id", "name", "contactName", "contactEmail", "country", "status", "source", "createdAt" FROM "Company" ${where}
        ${order} LIMIT ${query.pagination.pageSize} OFFSET ${query.pagination.skip}
      )
      SELECT page.*, json_build_object('orders', (SELECT count(*)::int FROM "Order" o WHERE o."companyId" = page."id")) AS "_count"
      FROM page ${order}`),
    readRows<{ total: number }>(Prisma.sql`SELECT count(*)::int AS "total" FROM "Company" ${where}`),
  ]);
  return pageOf(items, counted?.total ?? 0, query.pagination);
}
