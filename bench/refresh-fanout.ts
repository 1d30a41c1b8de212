/**
 * `npm run bench:refresh-fanout`: 5,000 connected TikTok accounts all due at once, a sandbox that
 * answers every TikTok call after 100 ms, and the real refresh workflow on the embedded runner.
 * Prints the total time against the floor (accounts × latency ÷ the function's declared
 * concurrency) and the number of duplicate refreshes (refreshes beyond one per account, plus any
 * reuse of a rotated refresh token). Uses DATABASE_URL (a schema of its own) or an embedded Postgres.
 *
 * Options (environment): BENCH_ACCOUNTS (5000), BENCH_LATENCY_MS (100), BENCH_CPU_PROFILE (a path:
 * where to write a CPU profile of the fan-out).
 */
import { createSandboxControl } from "../sandbox/testing/sandbox-control";
import { createTikTokSandboxControl } from "../sandbox/providers/tiktok/control-client";
import { EMBEDDED_POSTGRES_ENV, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { createIsolatedSchema, dropIsolatedSchema } from "../scripts/lib/isolated-schema";
import { sandboxProviderEnv } from "../scripts/lib/sandbox-env";
import { countStatements } from "./lib/count-statements";
import { profileCpu } from "./lib/cpu-profile";
import { startSandboxProcess } from "./lib/sandbox-process";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 5_000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const INSERT_BATCH = 1_000;

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
const schemaUrl = await createIsolatedSchema(process.env.DATABASE_URL ?? embedded!.url, "bench_refresh");
const sandbox = await startSandboxProcess();

Object.assign(process.env, {
  ...sandboxProviderEnv(sandbox.url, {}),
  ...(embedded ? EMBEDDED_POSTGRES_ENV : {}),
  NODE_ENV: "test",
  DATABASE_URL: schemaUrl,
  // Runs wait on the provider, not on Postgres; give them enough connections not to queue for one.
  DATABASE_POOL_MAX: embedded ? "1" : "40",
  AUTH_SECRET: "bench-auth-secret-that-is-long-enough-0123456789",
  ENCRYPTION_KEYS: `bench1:${Buffer.alloc(32, 9).toString("base64")}`,
  PROVIDER_TIMEOUT_MS: "15000",
});

// After the environment: these read it on first use.
const { db } = await import("@/lib/db");
const { encryptSecret } = await import("@/lib/crypto");
const { enqueueDueRefreshes } = await import("@/lib/social/scheduled-checks");
const { EmbeddedRunner } = await import("@/lib/workflows/runner/embedded-runner");
const { SOCIAL_REFRESH_CONCURRENCY, socialRefreshAccountFunction } = await import("@/inngest/functions/social-refresh");

async function seedDueAccounts(): Promise<void> {
  const tiktok = createTikTokSandboxControl(sandbox.url);
  const tokens = await tiktok.mintTokens(ACCOUNTS, "-000benchCreator");
  const company = await db.company.create({ data: { name: "Benchmark Agency Client" } });
  const dueSince = new Date(Date.now() - 60_000);
  for (let start = 0; start < tokens.length; start += INSERT_BATCH) {
    await db.socialAccount.createMany({
      data: tokens.slice(start, start + INSERT_BATCH).map((token) => ({
        companyId: company.id,
        platform: "TIKTOK" as const,
        externalId: token.open_id,
        name: token.open_id,
        accessTokenSealed: encryptSecret(token.access_token),
        refreshTokenSealed: encryptSecret(token.refresh_token),
        tokenExpiresAt: new Date(Date.now() + 60 * 60 * 1000),
        tokenIssuedAt: new Date(Date.now() - 23 * 60 * 60 * 1000),
        refreshTokenExpiresAt: new Date(Date.now() + token.refresh_expires_in * 1000),
        refreshDueAt: dueSince,
        scopes: token.scope.split(","),
      })),
    });
  }
}

async function idle(): Promise<boolean> {
  const [pendingEvents, activeRuns] = await Promise.all([
    db.outboxEvent.count({ where: { deliveredAt: null } }),
    db.workflowRun.count({ where: { status: { in: ["QUEUED", "RUNNING", "SLEEPING"] } } }),
  ]);
  return pendingEvents === 0 && activeRuns === 0;
}

try {
  console.info(`Seeding ${ACCOUNTS} TikTok accounts due for refresh…`);
  await seedDueAccounts();
  const control = createSandboxControl(sandbox.url);
  await control.setLatency(LATENCY_MS, "tiktok");

  const runner = new EmbeddedRunner({
    functions: [socialRefreshAccountFunction],
    // More slots than the function may use: the declared concurrency is what limits it.
    slots: SOCIAL_REFRESH_CONCURRENCY + 8,
    pollMs: 50,
  });
  const startedAt = performance.now();
  const cpuBefore = process.cpuUsage();
  // What the cron's step does at a tick: one refresh event per due account, through the outbox.
  const { result: fanOut, statements } = await profileCpu(process.env.BENCH_CPU_PROFILE, () =>
    countStatements(async () => {
      const enqueued = await enqueueDueRefreshes(new Date());
      runner.start();
      await runner.drain(idle, 30 * 60 * 1000);
      return enqueued;
    }),
  );
  const totalMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  await runner.stop();

  const outcomes = await db.$queryRaw<{ result: string | null; count: number }[]>`
    SELECT "output"->>'result' AS "result", count(*)::int AS "count" FROM "WorkflowRun" GROUP BY 1`;
  const [overlap] = await db.$queryRaw<{ peak: number; avgMs: number }[]>`
    SELECT max(c)::int AS "peak", (SELECT avg(extract(epoch FROM "finishedAt" - "startedAt") * 1000)::float FROM "WorkflowRun") AS "avgMs"
    FROM (SELECT (SELECT count(*) FROM "WorkflowRun" o WHERE o."startedAt" <= r."startedAt" AND o."finishedAt" > r."startedAt") AS c FROM "WorkflowRun" r) t`;
  console.info(`fan-out: ${fanOut.enqueued} refresh events`);
  console.info(`peak concurrent runs: ${overlap?.peak}, average run: ${overlap?.avgMs.toFixed(0)} ms, runner CPU per run: ${((cpu.user + cpu.system) / 1000 / ACCOUNTS).toFixed(1)} ms, SQL statements per run: ${(statements / ACCOUNTS).toFixed(1)}`);
  const counters = await createTikTokSandboxControl(sandbox.url).counters();
  const [refreshedOnce, failedRuns, stillDue] = await Promise.all([
    db.socialAccount.count({ where: { refreshCount: 1 } }),
    db.workflowRun.count({ where: { status: "FAILED" } }),
    db.socialAccount.count({ where: { refreshDueAt: { lte: new Date(Date.now() - 60_000) } } }),
  ]);
  const duplicates = Math.max(0, counters.refreshGrants - refreshedOnce) + counters.rotatedRefreshTokenReuses;
  const floorMs = (ACCOUNTS * LATENCY_MS) / SOCIAL_REFRESH_CONCURRENCY;

  console.info(`accounts: ${ACCOUNTS}, sandbox latency: ${LATENCY_MS} ms, declared concurrency: ${SOCIAL_REFRESH_CONCURRENCY}`);
  console.info(`total: ${(totalMs / 1000).toFixed(1)} s, floor: ${(floorMs / 1000).toFixed(1)} s, ratio: ${(totalMs / floorMs).toFixed(2)}×`);
  console.info(`run outcomes: ${outcomes.map((outcome) => `${outcome.result ?? "none"} ${outcome.count}`).join(", ")}`);
  console.info(`refreshed exactly once: ${refreshedOnce}, still due: ${stillDue}, failed runs: ${failedRuns}`);
  console.info(`duplicate refreshes: ${duplicates} (refresh grants ${counters.refreshGrants}, rotated-token reuses ${counters.rotatedRefreshTokenReuses})`);
  if (refreshedOnce !== ACCOUNTS || duplicates !== 0) process.exitCode = 1;
} finally {
  await db.$disconnect();
  await sandbox.close();
  await dropIsolatedSchema(schemaUrl).catch(() => undefined);
  await embedded?.stop();
}
