import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/**
 * Prisma's WebAssembly schema engine (the only one that works offline) talks to
 * Postgres through `@prisma/adapter-pg`, which trips over three things. Each
 * work-around below is needed by `prisma migrate` only; the app's runtime client
 * uses a plain PrismaPg.
 */

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;

// Catalog types the adapter refuses to deserialize (prisma/orm#27403). `oid` (26)
// is not among them: the adapter reads it as Int64, which the engine expects.
const CATALOG_OIDS = new Set([
  18, 19, 22, 24, 27, 28, 29, 30, 194, 705, 1033, 2202, 2203, 2204, 2205, 2206, 2278, 3220,
  3734, 3769, 4089, 4096,
]);
const CATALOG_ARRAY_OIDS = new Set([
  1002, 1003, 1006, 1010, 1011, 1012, 1013, 1034, 1187, 2207, 2208, 2209, 2210, 2211, 4090, 4097,
]);

type QueryResultWithFields = { fields?: Array<{ dataTypeID: number }> };

function relabelCatalogFields(result: unknown): void {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as QueryResultWithFields | undefined)?.fields ?? []) {
      if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
      else if (CATALOG_ARRAY_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY_OID;
    }
  }
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads; pg.Pool calls it with a callback, direct
  // callers get a promise. Relabel the fields on both paths.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        if (!error) relabelCatalogFields(result);
        (last as (e: unknown, r: unknown) => void)(error, result);
      };
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    if (pending instanceof Promise) {
      return pending.then((result) => {
        relabelCatalogFields(result);
        return result;
      }) as never;
    }
    return pending as never;
  }
}

// pg lets `connectionString` override `database`, which made the shadow database
// silently be the main one: build the config from the URL's parts instead.
export function poolConfigFromUrl(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    Client: CatalogFriendlyClient,
  };
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The adapter splits a migration at every `;`, which cuts a function body ($$ ... $$) apart.
// Postgres takes the whole script as one simple query (statements run in order, atomically).
function runScriptsWhole(adapter: PgAdapter): PgAdapter {
  adapter.executeScript = async (script: string) => {
    await (adapter.underlyingDriver() as pg.Pool).query(script);
  };
  return adapter;
}

export class MigrationPgAdapterFactory extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect(): ReturnType<PrismaPg["connect"]> {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb(): ReturnType<PrismaPg["connectToShadowDb"]> {
    const main = await this.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.poolConfig, database }).connect());
    const dispose = shadow.dispose.bind(shadow);
    // The database can only be dropped once no pooled connection holds it.
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

// The wasm engine leaves a ~10 s timer behind after `migrate deploy`; unref long
// timers so the CLI exits as soon as its work is done.
export function unrefLongTimers(thresholdMs = 5_000): void {
  const original = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
    const timer = original(handler as () => void, timeout, ...rest) as unknown as NodeJS.Timeout;
    if ((timeout ?? 0) >= thresholdMs) timer.unref();
    return timer;
  }) as unknown as typeof setTimeout;
}
