import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { serveOneSession } from "./one-session-server";

export type EmbeddedPostgres = { url: string; stop(): Promise<void> };

/** What an app using the embedded Postgres must be given (see DATABASE_POOL_MAX in lib/env.ts). */
export const EMBEDDED_POSTGRES_ENV = { DATABASE_POOL_MAX: "1" } as const;

/**
 * Postgres 17 compiled to WASM, served on a loopback port so `pg`, Prisma and
 * the migration CLI connect to it like to any server. One database only; the
 * name in the URL is ignored. Without `dataDir` it lives in memory.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  // pg_trgm backs the orders' "link contains" index (a migration creates the extension).
  const extensions = { pg_trgm };
  const db = options.dataDir ? new PGlite(options.dataDir, { extensions }) : new PGlite({ extensions });
  await db.waitReady;
  const port = options.port ?? (await findFreePort());
  const server = await serveOneSession(db, "127.0.0.1", port);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}
