/** Anything this large cannot be a wait in seconds: it is a Unix time (2001 onwards). */
const UNIX_TIME_THRESHOLD = 1_000_000_000;

/**
 * Seconds until TikTok's rate-limit window resets, from `x-ratelimit-reset`. Whether the header
 * holds a delay or a Unix time is UNCONFIRMED, so both are read; undefined when absent or unreadable.
 */
export function parseRateLimitResetSeconds(headerValue: string | null, nowMs: number = Date.now()): number | undefined {
  const trimmed = headerValue?.trim();
  if (trimmed === undefined || !/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  if (value < UNIX_TIME_THRESHOLD) return value;
  return Math.max(0, Math.ceil(value - nowMs / 1000));
}
