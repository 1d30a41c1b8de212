import path from "node:path";
import { afterAll, expect, inject } from "vitest";
import { startSandbox } from "../../sandbox/server";
import { createIsolatedSchema, dropIsolatedSchema } from "../../scripts/lib/isolated-schema";
import { testEnvironment } from "./test-environment";

// Runs before each integration test file, before it imports the app's modules
// (lib/env.ts and lib/db.ts read the environment on first use): the file gets a
// Postgres schema and a provider sandbox of its own, so files run in parallel.
const label = path.basename(expect.getState().testPath ?? "test", ".test.ts");
const schemaUrl = await createIsolatedSchema(inject("databaseUrl"), label);
const sandbox = await startSandbox({ port: 0 });
Object.assign(process.env, testEnvironment(sandbox.url), inject("databaseEnv"), { DATABASE_URL: schemaUrl, SANDBOX_URL: sandbox.url });

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await sandbox.close();
  await dropIsolatedSchema(schemaUrl);
});
