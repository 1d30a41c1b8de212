import { createInterface } from "node:readline";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readConnectionRow } from "@/lib/ghl/connection-row";
import { getAgencyToken } from "@/lib/ghl/token-manager";
import { ghlClient } from "@/lib/providers/app-clients";

/**
 * One process of the refresh storm (bench/refresh-storm.ts and the token-manager test): warms
 * up like a long-running app instance (pool, environment, key ring, client), says "ready",
 * waits for "go" on stdin, then runs STORM_CALLERS concurrent getAgencyToken() calls and
 * prints one JSON line: each caller's wait and the token it got.
 */
const callers = Number(process.env.STORM_CALLERS ?? 50);

await Promise.all(Array.from({ length: 10 }, () => readConnectionRow()));
// A running instance has used Prisma's query compiler before (the integration log writes through it).
await db.integrationLog.findFirst({ select: { id: true } });
decryptSecret(encryptSecret("warm-up"));
ghlClient();
// An instance in service has a pooled connection to GoHighLevel, as the bare refresh it is compared with has.
await fetch(env().GHL_API_BASE_URL).then((response) => response.arrayBuffer());

const lines = createInterface({ input: process.stdin });
process.stdout.write("ready\n");
for await (const line of lines) if (line.trim() === "go") break;
lines.close();

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
