import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * `?schema=name` in DATABASE_URL selects a Postgres schema (tests give each file
 * its own). Prisma's queries are qualified by the adapter; raw SQL relies on the
 * search_path set on every new connection.
 */
function createDatabase(databaseUrl: string, poolMax: number): Database {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const pool = new pg.Pool({
    connectionString: url.toString(),
    options: SESSION_OPTIONS,
    max: poolMax,
    ...(schema ? { Client: clientUsingSchema(schema) } : {}),
  });
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, schema ? { schema } : undefined),
    // With a small pool, concurrent requests queue for a connection before their transaction starts.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  return { prisma, pool };
}

/**
 * JIT compilation off: the app's queries are short, and on aggregates over tens of thousands
 * of rows (Analytics) Postgres spent about a second compiling before running a 200 ms query.
 */
const SESSION_OPTIONS = "-c jit=off";

/** A pg client whose connections use `schema` before the pool hands them out. */
function clientUsingSchema(schema: string): typeof pg.Client {
  const setSearchPath = `SET search_path TO "${schema.replaceAll('"', '""')}"`;
  return class SchemaScopedClient extends pg.Client {
    // pg.Pool connects with a callback; other callers await the promise.
    override connect(): Promise<pg.Client>;
    override connect(callback: (error: Error | null, client?: pg.Client) => void): void;
    override connect(callback?: (error: Error | null, client?: pg.Client) => void): Promise<pg.Client> | void {
      const ready = super.connect().then(async () => {
        await this.query(setSearchPath);
        return this;
      });
      if (!callback) return ready;
      ready.then((client) => callback(null, client), (error: Error) => callback(error));
    }
  };
}

/**
 * A plain pg connection to the app's database (and schema), outside Prisma's pool, for
 * reads streamed through a cursor (lib/db-stream.ts). The caller ends it.
 */
export async function openPgClient(): Promise<pg.Client> {
  const url = new URL(env().DATABASE_URL);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const Client = schema ? clientUsingSchema(schema) : pg.Client;
  const client = new Client({ connectionString: url.toString(), options: SESSION_OPTIONS });
  await client.connect();
  return client;
}

type Database = { prisma: PrismaClient; pool: pg.Pool };

const globalForPrisma = globalThis as unknown as { socialScaleDb?: Database };

function database(): Database {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  globalForPrisma.socialScaleDb ??= createDatabase(DATABASE_URL, DATABASE_POOL_MAX);
  return globalForPrisma.socialScaleDb;
}

const client = (): PrismaClient => database().prisma;

/**
 * Whether the database serves every connection on one session (DATABASE_POOL_MAX=1: the embedded
 * Postgres): session state a connection sets up, a LISTEN or a prepared statement, is then shared
 * with (and clashes with) every other connection's.
 */
export const databaseHasOneSession = (): boolean => env().DATABASE_POOL_MAX <= 1;

/** The Postgres schema the app's tables are in: `?schema=` of DATABASE_URL, else public. */
export const databaseSchema = (): string => new URL(env().DATABASE_URL).searchParams.get("schema") ?? "public";

/** The pool under Prisma, for statements sent without Prisma (lib/db-sql.ts): same connections, same schema. */
export const pgPool = (): pg.Pool => database().pool;

/** The app's Prisma client, created on first use (so importing it needs no environment). */
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
