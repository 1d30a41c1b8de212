/**
 * GoHighLevel's rate-limit headers, sent with API answers: 100 requests per 10 s and
 * 200,000 per day per app and location (or company). A field is undefined when its header
 * is absent or unreadable.
 */
export type GhlRateLimitStatus = {
  /** Requests allowed per interval (`X-RateLimit-Max`). */
  max: number | undefined;
  /** Requests left in the current interval (`X-RateLimit-Remaining`). */
  remaining: number | undefined;
  /** Length of the interval (`X-RateLimit-Interval-Milliseconds`). */
  intervalMs: number | undefined;
  /** Requests allowed per day (`X-RateLimit-Limit-Daily`). */
  dailyLimit: number | undefined;
  /** Requests left today (`X-RateLimit-Daily-Remaining`). */
  dailyRemaining: number | undefined;
};

function headerCount(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The rate-limit state an answer reports, or null when it carries none of the headers. */
export function parseGhlRateLimitHeaders(headers: Headers): GhlRateLimitStatus | null {
  const status: GhlRateLimitStatus = {
    max: headerCount(headers, "x-ratelimit-max"),
    remaining: headerCount(headers, "x-ratelimit-remaining"),
    intervalMs: headerCount(headers, "x-ratelimit-interval-milliseconds"),
    dailyLimit: headerCount(headers, "x-ratelimit-limit-daily"),
    dailyRemaining: headerCount(headers, "x-ratelimit-daily-remaining"),
  };
  return Object.values(status).every((value) => value === undefined) ? null : status;
}
