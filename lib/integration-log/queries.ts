import "server-only";
import { db } from "@/lib/db";
import type { IntegrationLog, Prisma } from "@/lib/generated/prisma/client";
import { pageOf, type PageOf, type Pagination } from "@/lib/list-query";
import type { IntegrationLogFilter } from "./log-filter";

type CompanyRef = { id: string; name: string };

/** A log entry without its bodies; `company` is null when the id names no company (anymore). */
export type IntegrationLogRow = Omit<IntegrationLog, "requestBody" | "responseBody"> & { company: CompanyRef | null };

export type IntegrationLogDetail = IntegrationLog & { company: CompanyRef | null };

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

function whereOf(filter: IntegrationLogFilter): Prisma.IntegrationLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = filter.from;
  if (filter.to) createdAt.lt = new Date(filter.to.getTime() + ONE_DAY_MS);
  return {
    ...(filter.provider ? { provider: filter.provider } : {}),
    ...(filter.action ? { action: { contains: filter.action, mode: "insensitive" } } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.companyId ? { companyId: filter.companyId } : {}),
    ...(filter.orderId ? { orderId: filter.orderId } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
}

async function companiesById(ids: (string | null)[]): Promise<Map<string, CompanyRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const companies = await db.company.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(companies.map((company) => [company.id, company]));
}

/** Provider calls, newest first. Bodies are left out: they can be large and only the detail shows them. */
export async function listIntegrationLogs(filter: IntegrationLogFilter, pagination: Pagination): Promise<PageOf<IntegrationLogRow>> {
  const where = whereOf(filter);
  const [entries, total] = await Promise.all([
    db.integrationLog.findMany({
      where,
      omit: { requestBody: true, responseBody: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: pagination.skip,
      take: pagination.pageSize,
    }),
    db.integrationLog.count({ where }),
  ]);
  const companies = await companiesById(entries.map((entry) => entry.companyId));
  const rows = entries.map((entry) => ({ ...entry, company: entry.companyId ? (companies.get(entry.companyId) ?? null) : null }));
  return pageOf(rows, total, pagination);
}

/** One entry with its stored (already redacted) request and response. */
export async function getIntegrationLog(id: string): Promise<IntegrationLogDetail | null> {
  const entry = await db.integrationLog.findUnique({ where: { id } });
  if (!entry) return null;
  const companies = await companiesById([entry.companyId]);
  return { ...entry, company: entry.companyId ? (companies.get(entry.companyId) ?? null) : null };
}

/** The companies the log mentions, for the company filter. */
export async function companiesInIntegrationLog(): Promise<CompanyRef[]> {
  // GROUP BY in Postgres; Prisma's `distinct` would de-duplicate every row in memory.
  const mentioned = await db.integrationLog.groupBy({ by: ["companyId"], where: { companyId: { not: null } } });
  const companies = await companiesById(mentioned.map((entry) => entry.companyId));
  return [...companies.values()].sort((a, b) => a.name.localeCompare(b.name));
}
