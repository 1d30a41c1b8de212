import { ensureChromium } from "./lib/chromium";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { run } from "./lib/run";

/**
 * `npm test`: unit, integration (real Postgres) and browser tests, in that
 * order. Uses the Postgres at DATABASE_URL when set, else an embedded one.
 */
await ensureChromium();

let embedded: EmbeddedPostgres | undefined;
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedPostgres();
  console.info(`No DATABASE_URL: using an embedded Postgres at ${embedded.url}`);
}
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? embedded?.url,
  NEXT_TELEMETRY_DISABLED: "1",
};

try {
  await run("npx", ["vitest", "run"], env);
  await run("npx", ["next", "build"], env);
  await run("npx", ["playwright", "test"], env);
} finally {
  await embedded?.stop();
}
