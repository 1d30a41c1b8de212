import { durationToMs } from "inngest";

/** Exponential backoff with jitter (Inngest's shape), capped so a long outage still retries every 10 minutes. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  const exponential = Math.min(baseMs * 2 ** attempt, 10 * 60_000);
  return Math.round(exponential * (0.75 + Math.random() * 0.5));
}

/** When a sleep step wakes: `step.sleep` sends a duration ("1h"), `step.sleepUntil` a date. */
export function wakeTimeOf(sleepName: string, now: Date): Date {
  if (/^\d{4}-\d{2}-\d{2}T/.test(sleepName)) {
    const until = new Date(sleepName);
    if (!Number.isNaN(until.getTime())) return until;
  }
  return new Date(now.getTime() + durationToMs(sleepName as Parameters<typeof durationToMs>[0]));
}

/** A `RetryAfterError` makes the SDK answer with a duration or date instead of `true`. */
export function retryAfterMs(retriable: string, now: Date): number {
  return Math.max(0, wakeTimeOf(retriable, now).getTime() - now.getTime());
}
