import type { Context } from "hono";

/** The token of a Graph request: `?access_token=` or `Authorization: Bearer|OAuth <token>`. */
export function presentedAccessToken(c: Context): string | undefined {
  const fromQuery = c.req.query("access_token");
  if (fromQuery !== undefined && fromQuery.length > 0) return fromQuery;
  const header = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
  return header?.[1];
}
