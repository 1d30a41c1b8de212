import type { GraphErrorSpec } from "./graph-errors";

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

/** Which slice of a list a request asked for with `limit` and `after`. */
export type ListWindow = { start: number; end: number };

const encodeCursor = (index: number): string => Buffer.from(String(index)).toString("base64");

function decodeCursor(cursor: string): number | null {
  const index = Number(Buffer.from(cursor, "base64").toString("utf8"));
  return Number.isInteger(index) && index >= 0 ? index : null;
}

export function listWindow(
  limitText: string | undefined,
  after: string | undefined,
  total: number,
): { ok: true; window: ListWindow } | { ok: false; error: GraphErrorSpec } {
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) {
    return { ok: false, error: { code: 100, message: "(#100) Param limit must be a positive integer" } };
  }
  const afterIndex = after === undefined ? -1 : decodeCursor(after);
  if (afterIndex === null) return { ok: false, error: { code: 100, message: "(#100) Invalid cursor: after" } };
  const start = Math.min(afterIndex + 1, total);
  return { ok: true, window: { start, end: Math.min(start + Math.min(limit, MAX_LIMIT), total) } };
}

/**
 * Graph's `paging`: cursors around the slice and, when more follows, `next`: the request URL
 * with the `after` cursor set (it keeps the access token, as Graph's does).
 */
export function pagingFor(window: ListWindow, total: number, requestUrl: URL): Record<string, unknown> | undefined {
  if (window.end <= window.start) return undefined;
  const after = encodeCursor(window.end - 1);
  const paging: Record<string, unknown> = { cursors: { before: encodeCursor(window.start), after } };
  if (window.end < total) {
    const next = new URL(requestUrl);
    next.searchParams.set("after", after);
    paging.next = next.toString();
  }
  return paging;
}
