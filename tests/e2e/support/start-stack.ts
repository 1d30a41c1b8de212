import { startSandbox } from "../../../sandbox/server";
import { EMBEDDED_POSTGRES_ENV, startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres";
import { createIsolatedSchema, dropIsolatedSchema } from "../../../scripts/lib/isolated-schema";
import { onShutdown, start } from "../../../scripts/lib/run";
import { sandboxProviderEnv } from "../../../scripts/lib/sandbox-env";
import { TEST_ENCRYPTION_KEYS } from "../../support/test-environment";

/**
 * What the browser tests run against: a built console (`next start`) on a fresh
 * schema, and a provider sandbox on a known port the tests can inspect.
 */
const appPort = Number(process.env.E2E_APP_PORT);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT);

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
const schemaUrl = await createIsolatedSchema(process.env.DATABASE_URL ?? embedded!.url, "e2e");
const sandbox = await startSandbox({ port: sandboxPort });

const app = start("npx", ["next", "start", "--port", String(appPort)], {
  ...process.env,
  ...sandboxProviderEnv(sandbox.url, {}),
  NODE_ENV: "production",
  ...(embedded ? EMBEDDED_POSTGRES_ENV : {}),
  DATABASE_URL: schemaUrl,
  AUTH_SECRET: "e2e-auth-secret-that-is-long-enough-0123456789",
  ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
  // Workflows run beside the app on its Postgres, as on a single-machine install.
  WORKFLOW_ENGINE: "embedded",
  APP_URL: `http://localhost:${appPort}`,
  NEXT_TELEMETRY_DISABLED: "1",
});

const stop = onShutdown(async () => {
  app.kill("SIGTERM");
  await sandbox.close();
  await dropIsolatedSchema(schemaUrl).catch(() => undefined);
  await embedded?.stop();
});
app.once("exit", () => void stop().finally(() => process.exit(0)));
