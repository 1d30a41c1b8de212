/**
 * `npm run bench:exports`: the invoices and orders CSV exports at 100,000 rows and at every
 * row of the million-order seed (bench/lib/seed-million.ts, seeded into DATABASE_URL unless
 * there), each export in its own process. Per export two lines: its time against a bare
 * streamed export of the same rows (pg-query-stream straight to CSV, goal ≤ 1.5×), and its
 * peak RSS against the 300 MB goal (≤ 1.00× meets it). Runs alternate app and bare; medians.
 */
import path from "node:path";
import { runServerScript } from "../scripts/lib/server-script";
import { benchDatabase } from "./lib/bench-database";
import { median, printRatio } from "./support/bench-database";
import type { ExportKind } from "./lib/export-sql";

const RSS_GOAL_MB = 300;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WORKER = path.join(import.meta.dirname, "lib", "export-worker.ts");
type Result = { ms: number; bytes: number; peakRssMb: number };

const { url, client } = await benchDatabase();

async function exportOnce(kind: ExportKind, mode: "app" | "bare", query: string): Promise<Result> {
  // No time limit: a full export of the million-order seed is what is being timed.
  const { stdout } = await runServerScript(WORKER, [kind, mode, query], { env: { ...process.env, DATABASE_URL: url }, timeout: 0 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Result;
}

/** The UTC day from which the newest `rows` rows of a table start (the export's `from` filter). */
async function fromDayFor(table: "Invoice" | "Order", column: string, rows: number): Promise<{ day: string; count: number }> {
  const { rows: found } = await client.query<{ day: string; count: string }>(
    `WITH start AS (SELECT date_trunc('day', "${column}") AS day FROM "${table}" ORDER BY "${column}" DESC OFFSET $1 LIMIT 1)
     SELECT to_char(start.day, 'YYYY-MM-DD') AS day, (SELECT count(*) FROM "${table}" WHERE "${column}" >= start.day) AS count FROM start`,
    [rows - 1],
  );
  return { day: found[0]!.day, count: Number(found[0]!.count) };
}

async function measure(kind: ExportKind, label: string, query: string): Promise<void> {
  const app: Result[] = [];
  const bare: Result[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    bare.push(await exportOnce(kind, "bare", query));
    app.push(await exportOnce(kind, "app", query));
  }
  const [appMs, bareMs] = [median(app.map((r) => r.ms)), median(bare.map((r) => r.ms))];
  const [appRss, bareRss] = [Math.max(...app.map((r) => r.peakRssMb)), Math.max(...bare.map((r) => r.peakRssMb))];
  const mb = (app[0]!.bytes / 1024 / 1024).toFixed(0);
  printRatio(`${kind} CSV, ${label} (${mb} MB), export route vs bare pg-query-stream CSV, median of ${RUNS}`, `${appMs.toFixed(0)} ms vs ${bareMs.toFixed(0)} ms`, appMs / bareMs, 1.5);
  printRatio(`${kind} CSV, ${label}, export's peak RSS vs the ${RSS_GOAL_MB} MB goal (bare export ${bareRss.toFixed(0)} MB)`, `${appRss.toFixed(0)} MB`, appRss / RSS_GOAL_MB, 1);
}

try {
  const invoices = await fromDayFor("Invoice", "issuedAt", 100_000);
  const orders = await fromDayFor("Order", "createdAt", 100_000);
  const { rows } = await client.query<{ invoices: string; orders: string }>(`SELECT (SELECT count(*) FROM "Invoice") AS invoices, (SELECT count(*) FROM "Order") AS orders`);
  console.info(`CSV exports on ${new URL(url).pathname.slice(1)}, each in its own process:`);
  await measure("invoices", `${invoices.count.toLocaleString("en-US")} rows`, `from=${invoices.day}`);
  await measure("invoices", `all ${Number(rows[0]!.invoices).toLocaleString("en-US")} rows`, "");
  await measure("orders", `${orders.count.toLocaleString("en-US")} rows`, `from=${orders.day}`);
  await measure("orders", `all ${Number(rows[0]!.orders).toLocaleString("en-US")} rows`, "");
} finally {
  await client.end();
}
