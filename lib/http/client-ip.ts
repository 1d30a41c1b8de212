/**
 * The address rate limits are keyed on. Behind a reverse proxy the last
 * X-Forwarded-For entry is the one the proxy itself appended, so a client cannot
 * choose it; earlier entries are whatever the client sent.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}
