import { z } from "zod";
import { cached } from "@/lib/cached";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The first value of a query parameter, or undefined. A value with a NUL byte is
 * dropped: Postgres cannot store or compare it, and no real filter contains one.
 */
export function firstParam(params: SearchParams, key: string): string | undefined {
  const raw = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && !value.includes("\0") ? value : undefined;
}

/** Parameters that only page or order a list: any other one filters it. */
const LAYOUT_PARAMS = new Set(["page", "pageSize", "sort", "dir"]);

/** Whether the URL narrows the list, so an empty result means "no match" rather than "no data yet". */
export function isFiltered(params: SearchParams): boolean {
  return Object.keys(params).some((key) => !LAYOUT_PARAMS.has(key) && Boolean(firstParam(params, key)?.trim()));
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type Pagination = { page: number; pageSize: number; skip: number };

/** Page and page size from the URL; nonsense falls back to the first page. */
export function paginationFrom(params: SearchParams): Pagination {
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(firstParam(params, "page") ?? 1);
  const pageSize = z.coerce
    .number()
    .int()
    .min(5)
    .max(MAX_PAGE_SIZE)
    .catch(DEFAULT_PAGE_SIZE)
    .parse(firstParam(params, "pageSize") ?? DEFAULT_PAGE_SIZE);
  return { page, pageSize, skip: (page - 1) * pageSize };
}

export type SortDirection = "asc" | "desc";

const sortDirection = z.enum(["asc", "desc"]);
/** One schema per list's field list (a module constant), built once: zod's schema creation costs more than a list's query. */
const sortFieldSchemas = new WeakMap<readonly string[], z.ZodType<string>>();

/** `sort=<field>&dir=asc|desc`, restricted to the fields a list allows. */
export function sortFrom<Field extends string>(
  params: SearchParams,
  fields: readonly [Field, ...Field[]],
  fallback: { field: Field; direction: SortDirection },
): { field: Field; direction: SortDirection } {
  const fieldSchema = cached(sortFieldSchemas, fields, () => z.enum(fields)) as z.ZodType<Field>;
  const field = fieldSchema.safeParse(firstParam(params, "sort")).data ?? fallback.field;
  const direction = sortDirection.safeParse(firstParam(params, "dir")).data ?? fallback.direction;
  return { field, direction };
}

/** A date from `YYYY-MM-DD`, or undefined when absent or invalid. */
export function dateParam(params: SearchParams, key: string): Date | undefined {
  const value = firstParam(params, key);
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export type PageOf<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** `total` is a lower bound: counting stopped there (see `countCap`). */
  totalCapped?: boolean;
};

export function pageOf<T>(items: T[], total: number, pagination: Pagination, totalCapped = false): PageOf<T> {
  return {
    items,
    total,
    page: pagination.page,
    pageSize: pagination.pageSize,
    pageCount: Math.max(1, Math.ceil(total / pagination.pageSize)),
    ...(totalCapped ? { totalCapped } : {}),
  };
}

/**
 * How far a big list counts its rows: an exact count of a million orders costs more than the
 * page itself, and "more than 10,000" says all a person needs. Always past the current page.
 */
export function countCap(pagination: Pagination): number {
  return Math.max(10_000, pagination.skip + pagination.pageSize * 10);
}
