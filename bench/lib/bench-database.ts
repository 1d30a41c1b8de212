import { execFileSync } from "node:child_process";
import pg from "pg";
import { seedMillion, SEED_ORDERS } from "./seed-million";

/**
 * The database a benchmark runs against: DATABASE_URL, migrated, and seeded with a million
 * orders unless it already holds them (re-runs skip the minute of seeding; BENCH_RESEED=1 forces it).
 */
export async function benchDatabase(): Promise<{ url: string; client: pg.Client }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to a Postgres database the benchmark may fill, e.g. createdb -h 127.0.0.1 -U postgres ss_bench");
    process.exit(1);
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  // The same session settings as the app's connections (lib/db.ts): JIT off.
  const client = new pg.Client({ connectionString: url, options: "-c jit=off" });
  await client.connect();
  const { rows } = await client.query<{ orders: string }>(`SELECT count(*) AS "orders" FROM "Order"`);
  if (process.env.BENCH_RESEED === "1" || Number(rows[0]?.orders) !== SEED_ORDERS) {
    console.info(`Seeding ${SEED_ORDERS.toLocaleString("en-US")} orders into ${new URL(url).pathname.slice(1)}…`);
    await seedMillion(client);
  }
  return { url, client };
}
