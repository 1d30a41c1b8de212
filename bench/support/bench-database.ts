import { createIsolatedSchema, dropIsolatedSchema } from "../../scripts/lib/isolated-schema";
import { TEST_ENCRYPTION_KEYS } from "../../tests/support/test-environment";

/**
 * A benchmark's own schema (all migrations applied) in the Postgres at
 * DATABASE_URL, and the environment lib/env.ts needs; dropped at the end.
 * Call before importing any app module.
 */
export async function openBenchDatabase(label: string): Promise<{ drop(): Promise<void> }> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("Set DATABASE_URL to the Postgres to measure (benchmarks never run on the embedded one).");
    process.exit(1);
  }
  const schemaUrl = await createIsolatedSchema(databaseUrl, label);
  Object.assign(process.env, {
    DATABASE_URL: schemaUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-auth-secret-that-is-long-enough-0123456789",
    RESEND_API_KEY: process.env.RESEND_API_KEY ?? "re_bench_unused",
    ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS ?? TEST_ENCRYPTION_KEYS,
    NODE_ENV: "test",
  });
  return { drop: () => dropIsolatedSchema(schemaUrl) };
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One measurement per line, ending in its ratio to the baseline measured in the same run. */
export function printRatio(what: string, measured: string, ratio: number, goal?: number): void {
  const verdict = goal === undefined ? "" : ratio <= goal ? `  (goal ≤ ${goal.toFixed(2)}×: met)` : `  (goal ≤ ${goal.toFixed(2)}×: MISSED)`;
  console.info(`${what}: ${measured}  ${ratio.toFixed(2)}×${verdict}`);
}
