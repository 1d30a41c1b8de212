import type { SearchParams } from "@/lib/list-query";

/** The current URL's query with some parameters replaced (undefined removes one). */
export function hrefWith(pathname: string, params: SearchParams, updates: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) query.set(key, first);
  }
  for (const [key, value] of Object.entries(updates)) {
    if (value === undefined || value === "") query.delete(key);
    else query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}
