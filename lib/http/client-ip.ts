/**
 * The address rate limits are keyed on. Each trusted reverse proxy appends the
 * address it saw to X-Forwarded-For, so with N of them the client is the N-th
 * entry from the right; anything further left was written by the client and is
 * ignored. Without a proxy in front, Next.js keeps a client-sent header as it is:
 * per-IP limits then only slow down honest clients, and per-account limits still
 * apply (README, Production).
 */
export function clientIpFrom(headers: Headers, trustedProxyHops = 1): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  const fromProxies = forwarded.at(-Math.max(1, trustedProxyHops));
  return fromProxies ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}
