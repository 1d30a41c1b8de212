import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/**
 * A fresh Postgres schema with every migration applied, so tests (and each
 * browser-test run) get their own tables in a shared database, in parallel.
 * Returns the database URL with `?schema=` that lib/db.ts understands.
 */
export async function createIsolatedSchema(databaseUrl: string, label: string): Promise<string> {
  const schema = `t_${label.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 30)}_${randomSuffix()}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    // public too: extensions (pg_trgm) live there, shared by every schema.
    await client.query(`SET search_path TO "${schema}", public`);
    for (const sql of await migrationScripts()) await client.query(sql);
  } finally {
    await client.end();
  }
  const url = new URL(databaseUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
}

export async function dropIsolatedSchema(schemaUrl: string): Promise<void> {
  const url = new URL(schemaUrl);
  const schema = url.searchParams.get("schema");
  if (!schema) return;
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

async function migrationScripts(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(folders.map((folder) => readFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8")));
}

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}
