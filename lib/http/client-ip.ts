/**
 * The client's address as the rate limits may trust it, or null when it is unknown.
 *
 * Each trusted reverse proxy appends the address it saw to X-Forwarded-For, so with N of
 * them the client is the N-th entry from the right; anything further left was written by
 * the client and is ignored. With no proxy configured (0) every forwarding header is
 * ignored: Next.js keeps one a client sent, so it could name any bucket it liked. The
 * address is then unknown and per-address limits step aside (per-account limits and global
 * caps still hold); see README, Production.
 */
export function clientIpFrom(headers: Headers, trustedProxyHops: number): string | null {
  if (trustedProxyHops < 1) return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  // Fewer entries than proxies: the chain is not the one configured, so nothing is trustworthy.
  return forwarded.at(-trustedProxyHops) ?? null;
}
