/**
 * `npm run bench:pages`: every portal page of the production build (`next build` first) under
 * load — 200 requests, 10 at a time (autocannon) — on the million-order database at
 * DATABASE_URL (seeded when missing), signed in as the administrator. Prints the average response
 * size, p50 and p97.5 per page (autocannon's percentiles; p97.5 is stricter than the p95 goal); the ratio is
 * p97.5 against the 500 ms goal (≤ 1.00× meets it). The sign-in page (static, signed out)
 * comes first: what the machine's load alone costs a request, for reading the others. Each page
 * is first asked for 10 times, 10 at a time, unmeasured: a warm-up (code loaded and compiled,
 * connections opened, views computed), as a server that has been up a while would be.
 *
 * Options (environment): BENCH_PAGES (comma-separated paths: measure only those, in that order),
 * BENCH_WARM_UP (requests per page before measuring, default 10; 0 measures a cold server),
 * BENCH_CPU_PROFILE_DIR (a directory: the server runs under `node --cpu-prof` and writes its
 * profile there when stopped, the server's start-up included).
 */
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { startSandbox } from "../sandbox/server";
import { benchDatabase } from "./lib/bench-database";
import { applyBenchEnvironment } from "./lib/bench-env";

const GOAL_MS = 500;
const PORT = Number(process.env.BENCH_APP_PORT ?? 3290);
const ALL_PAGES = [
  "/login",
  "/dashboard",
  "/companies",
  "/companies/c7",
  "/orders",
  "/orders?status=PARTIAL",
  "/orders?link=brand4242",
  "/invoices",
  "/services",
  "/analytics",
  "/analytics?period=7d",
  "/analytics/links?q=https://instagram.com/brand4242",
];
const PAGES = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(",") : ALL_PAGES;
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 10);

const { client } = await benchDatabase();
const sandbox = await startSandbox({ port: 0 });
applyBenchEnvironment(
  {
    DATABASE_POOL_MAX: "10",
    // Production must name a workflow engine. Inngest (keys that reach nothing) runs no cron inside
    // the server, so only the measured requests load it; the embedded runner would sync 10,000 open orders meanwhile.
    INNGEST_EVENT_KEY: "bench-unused",
    INNGEST_SIGNING_KEY: `signkey-prod-${"0".repeat(64)}`,
    INNGEST_BASE_URL: "http://127.0.0.1:9",
  },
  sandbox.url,
);

// The administrator, signed in with a session token minted like Auth.js mints it.
const [admin] = (
  await client.query<{ id: string }>(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
    VALUES ('bench-admin', 'bench@agency.test', 'Bench Admin', 'not-a-real-hash', now())
    ON CONFLICT ("role") DO UPDATE SET "email" = "User"."email" RETURNING "id", "sessionVersion"`)
).rows as { id: string; sessionVersion: number }[];
// Each session token names its AuthSession row (sessions end on logout).
const sessionId = `bench-${Date.now()}`;
await client.query(`INSERT INTO "AuthSession" ("id", "userId", "expiresAt") VALUES ($1, $2, now() + interval '1 day')`, [sessionId, admin!.id]);
const cookieName = "authjs.session-token";
const token = await encode({
  token: { sub: admin!.id, sessionVersion: admin!.sessionVersion, sessionId, name: "Bench Admin", email: "bench@agency.test" },
  secret: process.env.AUTH_SECRET as string,
  salt: cookieName,
});

// Its own process group, so stopping it stops the next-server under npx too. Profiled, it is
// node itself (npx would profile only npx) and is stopped with SIGINT: --cpu-prof writes on exit.
const app = PROFILE_DIR
  ? spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`, "node_modules/next/dist/bin/next", "start", "--port", String(PORT)], {
      stdio: ["ignore", "ignore", "inherit"],
      env: process.env,
      detached: true,
    })
  : spawn("npx", ["next", "start", "--port", String(PORT)], { stdio: ["ignore", "ignore", "inherit"], env: process.env, detached: true });
try {
  for (let attempt = 0; ; attempt++) {
    if (await fetch(`http://127.0.0.1:${PORT}/login`).then((response) => response.ok, () => false)) break;
    if (attempt > 120) throw new Error("next start did not answer within a minute");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.info(`\nPortal pages, production build, 200 requests 10 at a time after a warm-up of ${WARM_UP}, 1,000,000 orders:`);
  for (const path of PAGES) {
    const load = (amount: number) =>
      autocannon({
        url: `http://127.0.0.1:${PORT}${path}`,
        connections: 10,
        amount,
        // The sign-in page is asked for signed out (signed in, it redirects to the dashboard).
        headers: path === "/login" ? {} : { cookie: `${cookieName}=${token}` },
      });
    if (WARM_UP > 0) await load(WARM_UP);
    const result = await load(200);
    const failed = result.non2xx + result.errors + result.timeouts;
    const p97 = result.latency.p97_5;
    const kilobytes = Math.round(result.throughput.total / Math.max(1, result.requests.total) / 1024);
    const line = `${path.padEnd(52)} ${String(kilobytes).padStart(4)} KB  p50 ${String(result.latency.p50).padStart(6)} ms  p97.5 ${String(p97).padStart(6)} ms${failed ? ` (${failed} failed)` : ""}`;
    console.info(`${line}  ${(p97 / GOAL_MS).toFixed(2)}×`);
  }
} finally {
  if (PROFILE_DIR) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    process.kill(-app.pid!, "SIGINT");
    await exited;
    console.info(`CPU profile of the server: ${PROFILE_DIR}`);
  } else {
    process.kill(-app.pid!, "SIGTERM");
  }
  await sandbox.close();
  await client.end();
}
