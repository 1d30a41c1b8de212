import { ensureChromium } from "./lib/chromium";
import { run } from "./lib/run";

/**
 * `npm test`: unit, integration (real Postgres) and browser tests, in that
 * order. Each suite uses the Postgres at DATABASE_URL when set, else starts an
 * embedded one of its own.
 */
await ensureChromium();
if (!process.env.DATABASE_URL) console.info("No DATABASE_URL: the tests use an embedded Postgres (slower; files run in turn).");

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
await run("npx", ["vitest", "run"], env);
await run("npx", ["next", "build"], env);
await run("npx", ["playwright", "test"], env);
