const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function amount(ms: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (ms >= 2 * DAY_MS) return plural(Math.floor(ms / DAY_MS), "day");
  if (ms >= 2 * HOUR_MS) return plural(Math.floor(ms / HOUR_MS), "hour");
  return plural(Math.max(1, Math.floor(ms / MINUTE_MS)), "minute");
}

/** "expires in 59 days", "expires in 21 hours", "expired 3 hours ago", "never expires". */
export function expiryCountdown(expiresAt: Date | null, now: Date): string {
  if (expiresAt === null) return "never expires";
  const remaining = expiresAt.getTime() - now.getTime();
  return remaining > 0 ? `expires in ${amount(remaining)}` : `expired ${amount(-remaining)} ago`;
}
