import "server-only";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";

export type RateLimitRule = {
  /** Namespaces the bucket, e.g. "login:ip". */
  name: string;
  limit: number;
  windowSeconds: number;
};

export type RateLimitVerdict =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

type BucketRow = { hits: number; resetAt: Date };

/**
 * Counts one hit against a fixed window kept in Postgres, so every app instance
 * shares the same counters. A single upsert makes concurrent hits exact.
 */
export async function hitRateLimit(rule: RateLimitRule, subject: string): Promise<RateLimitVerdict> {
  const key = bucketKey(rule, subject);
  const [bucket] = await db.$queryRaw<BucketRow[]>`
    INSERT INTO "RateLimitBucket" ("key", "hits", "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."hits" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "hits", "resetAt"`;
  if (!bucket) throw new Error(`rate limit bucket ${rule.name} was not returned`);
  if (bucket.hits <= rule.limit) return { allowed: true, remaining: rule.limit - bucket.hits };
  const retryAfterSeconds = Math.max(1, Math.ceil((bucket.resetAt.getTime() - Date.now()) / 1000));
  return { allowed: false, retryAfterSeconds };
}

/** Forgets a subject's hits, e.g. an account's failed logins after a successful one. */
export async function clearRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: bucketKey(rule, subject) } });
}

/** Forgets every subject that starts with a prefix, e.g. one account's per-address buckets. */
export async function clearRateLimitsStartingWith(rule: RateLimitRule, subjectPrefix: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: bucketKey(rule, subjectPrefix) } } });
}

export async function deleteExpiredRateLimitBuckets(): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { resetAt: { lt: new Date() } } });
  return count;
}

/**
 * The subject of a per-address limit that must hold even without a known address
 * (no trusted proxies): every such caller then shares one bucket, so the limit caps
 * them together instead of stepping aside.
 */
export function addressSubject(clientIp: string | null): string {
  return clientIp ?? "unknown-address";
}

function bucketKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${subject.toLowerCase()}`;
}

/** "45 seconds", "3 minutes", "24 hours": how long the user should wait, in words. */
export function describeRetryAfter(seconds: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (seconds < 60) return plural(seconds, "second");
  if (seconds < 2 * 3600) return plural(Math.ceil(seconds / 60), "minute");
  return plural(Math.ceil(seconds / 3600), "hour");
}

/** Counts a hit and refuses with "<what>. Try again in N minutes." past the limit. */
export async function enforceRateLimit(rule: RateLimitRule, subject: string, what: string): Promise<void> {
  const verdict = await hitRateLimit(rule, subject);
  if (!verdict.allowed) {
    throw new RateLimitedError(
      `${what}. Try again in ${describeRetryAfter(verdict.retryAfterSeconds)}.`,
      verdict.retryAfterSeconds,
    );
  }
}
