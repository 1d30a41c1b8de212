import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { type CompanyStatus, Prisma } from "@/lib/generated/prisma/client";
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

const listSelect = {
  id: true,
  name: true,
  contactName: true,
  contactEmail: true,
  country: true,
  status: true,
  source: true,
  createdAt: true,
} as const satisfies Prisma.CompanySelect;

export type CompanyListItem = Prisma.CompanyGetPayload<{ select: typeof listSelect }> & { _count: { orders: number } };

export async function listCompanies(query: CompanyListQuery): Promise<PageOf<CompanyListItem>> {
  const where = whereSql(query);
  const [pageIds, [counted]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Company" ${where} ${orderSql(query.sort)}
      LIMIT ${query.pagination.pageSize} OFFSET ${query.pagination.skip}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "Company" ${where}`,
  ]);
  const ids = pageIds.map((row) => row.id);
  // Orders are counted for this page's companies only (the orders' company index), not grouped over the whole table.
  const [rows, orderCounts] = await Promise.all([
    db.company.findMany({ where: { id: { in: ids } }, select: listSelect }),
    db.$queryRaw<{ companyId: string; orders: number }[]>`SELECT "companyId", count(*)::int AS "orders" FROM "Order"
      WHERE "companyId" = ANY(${ids}::text[]) GROUP BY 1`,
  ]);
  const ordersOf = new Map(orderCounts.map((row) => [row.companyId, row.orders]));
  const byId = new Map(rows.map((row) => [row.id, { ...row, _count: { orders: ordersOf.get(row.id) ?? 0 } }]));
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  return pageOf(items, counted?.total ?? 0, query.pagination);
}
