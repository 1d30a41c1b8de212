import { randomBytes } from "node:crypto";
import { startSandbox } from "../sandbox/server";
import { approveSandboxConsent } from "../sandbox/providers/ghl/consent-flow";
import { createGhlSandboxControl } from "../sandbox/providers/ghl/control-client";
import { createIsolatedSchema, dropIsolatedSchema } from "../scripts/lib/isolated-schema";
import { sandboxProviderEnv } from "../scripts/lib/sandbox-env";
import { runRefreshStorm } from "./storm-processes";
import { countStatements } from "./lib/count-statements";
import { median } from "./support/bench-database";

/**
 * `npm run bench:refresh-storm`: 4 processes × 50 callers of getAgencyToken() on an expired
 * agency token, against the sandbox with a 100 ms token endpoint. Goals: exactly 1 refresh at
 * the provider; slowest caller ≤ 1.5× one bare refresh; a valid-token call = 1 DB round trip.
 * Uses DATABASE_URL (a schema of its own, dropped afterwards).
 */
const PROCESSES = 4;
const CALLERS_PER_PROCESS = 50;
const TOKEN_LATENCY_MS = 100;
const BARE_REFRESH_SAMPLES = 5;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to a Postgres database the benchmark may create a schema in.");
  process.exit(1);
}

const schemaUrl = await createIsolatedSchema(databaseUrl, "bench_refresh_storm");
const sandbox = await startSandbox({ port: 0 });
Object.assign(process.env, sandboxProviderEnv(sandbox.url, {}), {
  DATABASE_URL: schemaUrl,
  AUTH_SECRET: randomBytes(32).toString("base64"),
  ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`,
  APP_URL: "http://localhost:3000",
});

const { db } = await import("@/lib/db");
const { decryptSecret, encryptSecret } = await import("@/lib/crypto");
const { completeGhlConnect, startGhlConnect } = await import("@/lib/ghl/oauth-connect");
const { getAgencyToken } = await import("@/lib/ghl/token-manager");
const { ghlClient } = await import("@/lib/providers/app-clients");

async function connect(): Promise<void> {
  const started = await startGhlConnect("bench-admin");
  const callback = await approveSandboxConsent(started.authorizationUrl);
  const outcome = await completeGhlConnect({
    state: callback.searchParams.get("state") ?? undefined,
    code: callback.searchParams.get("code") ?? undefined,
    error: undefined,
    browserSecret: started.browserSecret,
    userId: "bench-admin",
  });
  if (!outcome.ok) throw new Error(`Connecting the sandbox agency failed: ${outcome.failure}`);
}

/** One refresh-token call on its own (HTTP only), its new pair saved so the connection stays valid. */
async function bareRefreshMs(): Promise<number> {
  const row = await db.ghlConnection.findUniqueOrThrow({ where: { id: "agency" } });
  const started = performance.now();
  const tokens = await ghlClient().refreshGhlToken({ refreshToken: decryptSecret(row.refreshToken), userType: "Company" });
  const elapsed = performance.now() - started;
  await db.ghlConnection.update({
    where: { id: "agency" },
    data: { accessToken: encryptSecret(tokens.accessToken), refreshToken: encryptSecret(tokens.refreshToken) },
  });
  return elapsed;
}

async function roundTripsOfValidTokenCall(): Promise<number> {
  await getAgencyToken();
  return (await countStatements(() => getAgencyToken())).statements;
}

try {
  const ghlControl = createGhlSandboxControl(sandbox.url);
  await connect();
  await ghlControl.setTokenLatency(TOKEN_LATENCY_MS);
  await bareRefreshMs(); // warms the HTTP connection
  const samples: number[] = [];
  for (let sample = 0; sample < BARE_REFRESH_SAMPLES; sample++) samples.push(await bareRefreshMs());
  const bare = median(samples);

  await db.ghlConnection.update({ where: { id: "agency" }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });
  const refreshesBefore = (await ghlControl.counters()).refreshes;
  const results = await runRefreshStorm({ processes: PROCESSES, callersPerProcess: CALLERS_PER_PROCESS, environment: process.env });
  const refreshes = (await ghlControl.counters()).refreshes - refreshesBefore;

  const failures = results.filter((result) => !result.ok);
  const stored = decryptSecret((await db.ghlConnection.findUniqueOrThrow({ where: { id: "agency" } })).accessToken);
  const withNewToken = results.filter((result) => result.ok && result.token === stored).length;
  const slowest = Math.max(...results.map((result) => result.waitMs));

  console.info(`${PROCESSES} processes × ${CALLERS_PER_PROCESS} callers on an expired token, token endpoint latency ${TOKEN_LATENCY_MS} ms`);
  console.info(`refreshes at the provider: ${refreshes}`);
  console.info(`callers with the new token: ${withNewToken}/${results.length}${failures.length > 0 ? ` (${failures.length} failed: ${failures[0]?.ok === false ? failures[0].error : ""})` : ""}`);
  console.info(`one bare refresh (median of ${BARE_REFRESH_SAMPLES}): ${bare.toFixed(1)} ms; slowest caller: ${slowest.toFixed(1)} ms`);
  console.info(`slowest caller / one bare refresh = ${(slowest / bare).toFixed(2)}×`);
  console.info(`DB round trips of getAgencyToken() with a valid token: ${await roundTripsOfValidTokenCall()}`);
  if (refreshes !== 1 || withNewToken !== results.length) process.exitCode = 1;
} finally {
  await db.$disconnect();
  await sandbox.close();
  await dropIsolatedSchema(schemaUrl);
}
