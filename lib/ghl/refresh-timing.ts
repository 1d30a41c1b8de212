import { env } from "@/lib/env";

/**
 * Longer than any refresh can take (one attempt, PROVIDER_TIMEOUT_MS at most 120 s): a claim
 * older than this belongs to a process that died mid-refresh.
 */
export const REFRESH_CLAIM_TIMEOUT_MS = 150_000;

/** How often a caller waiting on another process's refresh looks at the row again while the change listener is not up yet. */
export const CLAIM_POLL_INTERVAL_MS = 10;

const MAX_BACKOFF_MS = 15 * 60_000;
const FIRST_BACKOFF_MS = 30_000;

export function refreshAheadMs(): number {
  return env().GHL_REFRESH_AHEAD_MINUTES * 60_000;
}

/** True while the access token has more than the refresh-ahead margin left. */
export function isComfortablyValid(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() - now.getTime() > refreshAheadMs();
}

/** 30 s, 1 min, 2 min ... up to 15 min after consecutive failed refreshes that surely did not rotate the token. */
export function backoffAfter(consecutiveFailures: number, now: Date): Date {
  const delay = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, consecutiveFailures - 1));
  return new Date(now.getTime() + delay);
}
