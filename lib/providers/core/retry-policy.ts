import type { ProviderError } from "./provider-error";

/**
 * How a request may be repeated after a retryable failure (transient or rate limited).
 * Only idempotent requests are retried automatically; a non-idempotent one (placing an
 * order, sending an e-mail without an idempotency key) is sent exactly once and its
 * failure is returned to the caller, who knows whether sending again is safe.
 */
export type RetryPolicy = {
  idempotent: boolean;
  /** Total tries including the first. Default 3. */
  maxAttempts?: number;
  /** First backoff step; doubles each retry, with jitter. Default 250 ms. */
  baseDelayMs?: number;
  /** Upper bound of one backoff step. Default 4 s. */
  maxDelayMs?: number;
  /**
   * A 429 whose Retry-After is at most this long is retried after exactly that wait; a longer
   * one is returned to the caller at once (with `retryAfterSeconds`) so durable workflows can
   * reschedule instead of holding a request open. Default 20 s.
   */
  maxRetryAfterSeconds?: number;
};

export const DEFAULT_RETRY_POLICY = {
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
  maxRetryAfterSeconds: 20,
} as const;

/** Milliseconds to wait before the next try, or null when the failure must be returned. */
export function nextRetryDelayMs(
  error: ProviderError,
  attemptsMade: number,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  const maxAttempts = policy.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts;
  if (!policy.idempotent || !error.retryable || attemptsMade >= maxAttempts) return null;

  if (error.kind === "rate_limited" && error.retryAfterSeconds !== undefined) {
    const cap = policy.maxRetryAfterSeconds ?? DEFAULT_RETRY_POLICY.maxRetryAfterSeconds;
    return error.retryAfterSeconds <= cap ? error.retryAfterSeconds * 1000 : null;
  }

  const baseDelayMs = policy.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs;
  const maxDelayMs = policy.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs;
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attemptsMade - 1));
  // Equal jitter: at least half the step, so retries never bunch up at zero.
  return ceiling / 2 + random() * (ceiling / 2);
}
