import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { startSandbox } from "../sandbox/server";
import { loadDevSecrets } from "./lib/dev-secrets";
import { EMBEDDED_POSTGRES_ENV, type EmbeddedPostgres, isPortFree, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { onShutdown, run, start } from "./lib/run";
import { sandboxProviderEnv } from "./lib/sandbox-env";

/**
 * `npm run dev`: everything a newcomer needs, with no configuration. Uses
 * DATABASE_URL when set, else an embedded Postgres kept in .data/pglite; starts
 * the provider sandbox, applies migrations, then runs Next.js.
 */
const DATA_DIR = path.resolve(".data");
if (existsSync(".env")) process.loadEnvFile(".env");

const appPort = Number(process.env.PORT ?? 3000);
const secrets = loadDevSecrets(DATA_DIR);

let embedded: EmbeddedPostgres | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  if (!(await isPortFree(port))) {
    console.error(`Port ${port} is taken: is another \`npm run dev\` running? Set EMBEDDED_POSTGRES_PORT to use another.`);
    process.exit(1);
  }
  embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pglite"), port });
  databaseUrl = embedded.url;
}

const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 4010) });

const appEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ...sandboxProviderEnv(sandbox.url, process.env),
  ...(embedded ? EMBEDDED_POSTGRES_ENV : {}),
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.authSecret,
  ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS ?? secrets.encryptionKeys,
  APP_URL: process.env.APP_URL ?? `http://localhost:${appPort}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

const children: ChildProcess[] = [];
const stop = onShutdown(async () => {
  for (const child of children) child.kill("SIGTERM");
  await sandbox.close();
  await embedded?.stop();
});

await run("npx", ["prisma", "migrate", "deploy"], appEnv);

console.info(`
  Database      ${embedded ? `embedded Postgres (data in ${path.join(DATA_DIR, "pglite")})` : "DATABASE_URL"}
  Sandbox       ${sandbox.url}   (mailbox: ${sandbox.url}/resend/mailbox)
  Console       ${appEnv.APP_URL}
`);

const next = start("npx", ["next", "dev", "--port", String(appPort)], appEnv);
children.push(next);
next.once("exit", () => void stop().finally(() => process.exit(0)));
