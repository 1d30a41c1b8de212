import { db } from "@/lib/db";
import { getAgencyToken } from "@/lib/ghl/token-manager";

/**
 * One process of the refresh storm (bench/refresh-storm.ts and the token-manager test):
 * warms its connection pool, waits for the shared start time, then runs CALLERS concurrent
 * getAgencyToken() calls and prints one JSON line: each caller's wait and token fingerprint.
 */
const callers = Number(process.env.STORM_CALLERS ?? 50);
const startAt = Number(process.env.STORM_START_AT ?? Date.now());

await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`SELECT 1`));
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));

const results = await Promise.all(
  Array.from({ length: callers }, async () => {
    const started = performance.now();
    try {
      const token = await getAgencyToken();
      return { ok: true, waitMs: performance.now() - started, token: token.accessToken };
    } catch (error) {
      return { ok: false, waitMs: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
    }
  }),
);
process.stdout.write(`${JSON.stringify(results)}\n`);
await db.$disconnect();
