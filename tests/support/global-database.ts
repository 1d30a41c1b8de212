import pg from "pg";
import type { TestProject } from "vitest/node";
import { EMBEDDED_POSTGRES_ENV, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Extra environment the app needs for this database. */
    databaseEnv: Record<string, string>;
  }
}

/**
 * The Postgres the integration tests share: the server at DATABASE_URL when set
 * (CI sets it), else an in-memory embedded one. Each test file then works in a
 * schema of its own (see isolated-database.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    await createSharedExtensions(process.env.DATABASE_URL);
    project.provide("databaseUrl", process.env.DATABASE_URL);
    project.provide("databaseEnv", {});
    return;
  }
  const embedded = await startEmbeddedPostgres();
  await createSharedExtensions(embedded.url);
  project.provide("databaseUrl", embedded.url);
  project.provide("databaseEnv", { ...EMBEDDED_POSTGRES_ENV });
  return () => embedded.stop();
}

/** Once, before test files migrate their schemas in parallel (two concurrent CREATE EXTENSIONs would collide). */
async function createSharedExtensions(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
  } finally {
    await client.end();
  }
}
