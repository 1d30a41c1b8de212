/**
 * Seconds to wait according to a `Retry-After` header (delta-seconds or HTTP-date), or
 * undefined when the header is absent or unreadable.
 */
export function parseRetryAfterSeconds(headerValue: string | null, nowMs: number = Date.now()): number | undefined {
  if (headerValue === null) return undefined;
  const trimmed = headerValue.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  // HTTP-dates always name the day and month; this keeps Date.parse from reading "-3" as a year.
  const retryAtMs = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(retryAtMs)) return undefined;
  return Math.max(0, Math.ceil((retryAtMs - nowMs) / 1000));
}
