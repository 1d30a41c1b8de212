const BURST_LIMIT = 100;
const BURST_INTERVAL_MS = 10_000;
const DAILY_LIMIT = 200_000;
const DAY_MS = 24 * 3600 * 1000;

type Window = { startMs: number; count: number };
type Bucket = { burst: Window; day: Window };

export type RateLimitDecision = {
  allowed: boolean;
  /** GoHighLevel's X-RateLimit-* headers describing the state after this request. */
  headers: Record<string, string>;
  /** Seconds until a refused request may succeed; 0 when allowed. */
  retryAfterSeconds: number;
};

function currentWindow(window: Window | undefined, nowMs: number, lengthMs: number): Window {
  return window === undefined || nowMs >= window.startMs + lengthMs ? { startMs: nowMs, count: 0 } : window;
}

/** GoHighLevel's limits per app and location (or company): 100 requests per 10 s, 200,000 per day. */
export class GhlRateLimiter {
  #buckets = new Map<string, Bucket>();

  hit(key: string, nowMs: number): RateLimitDecision {
    const previous = this.#buckets.get(key);
    const bucket = {
      burst: currentWindow(previous?.burst, nowMs, BURST_INTERVAL_MS),
      day: currentWindow(previous?.day, nowMs, DAY_MS),
    };
    const allowed = bucket.burst.count < BURST_LIMIT && bucket.day.count < DAILY_LIMIT;
    if (allowed) {
      bucket.burst.count += 1;
      bucket.day.count += 1;
    }
    this.#buckets.set(key, bucket);

    const waitMs = Math.max(
      bucket.burst.count >= BURST_LIMIT ? bucket.burst.startMs + BURST_INTERVAL_MS - nowMs : 0,
      bucket.day.count >= DAILY_LIMIT ? bucket.day.startMs + DAY_MS - nowMs : 0,
    );
    return {
      allowed,
      headers: {
        "x-ratelimit-max": String(BURST_LIMIT),
        "x-ratelimit-remaining": String(BURST_LIMIT - bucket.burst.count),
        "x-ratelimit-interval-milliseconds": String(BURST_INTERVAL_MS),
        "x-ratelimit-limit-daily": String(DAILY_LIMIT),
        "x-ratelimit-daily-remaining": String(DAILY_LIMIT - bucket.day.count),
      },
      retryAfterSeconds: allowed ? 0 : Math.ceil(waitMs / 1000),
    };
  }

  /** Uses up the current 10-second window of `key`, so its next request gets a real 429 with the headers. */
  exhaust(key: string, nowMs: number): void {
    const previous = this.#buckets.get(key);
    this.#buckets.set(key, {
      burst: { startMs: nowMs, count: BURST_LIMIT },
      day: currentWindow(previous?.day, nowMs, DAY_MS),
    });
  }

  clear(): void {
    this.#buckets.clear();
  }
}
