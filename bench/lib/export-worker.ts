/**
 * One CSV export in its own process, so its peak RSS is its own (bench/exports.ts starts it).
 * `app`: the export route's download (lib/*-csv.ts) for the query string, read to the end.
 * `bare`: the same rows and columns read with pg-query-stream and written as CSV by the
 * simplest code that can. Prints {"ms", "bytes", "peakRssMb"} as one JSON line.
 */
import pg from "pg";
import QueryStream from "pg-query-stream";
import { applyBenchEnvironment } from "./bench-env";
import { BARE_EXPORT_SQL, type ExportKind } from "./export-sql";

const [kind, mode, query = ""] = process.argv.slice(2) as [ExportKind, "app" | "bare", string?];
const url = process.env.DATABASE_URL!;

/** The app's modules are loaded before the clock starts: a running server has them already. */
async function appExport(): Promise<() => Promise<number>> {
  applyBenchEnvironment({ DATABASE_URL: url });
  const download = kind === "invoices" ? (await import("@/lib/invoices/invoices-csv")).invoicesCsvDownload : (await import("@/lib/orders/orders-csv")).ordersCsvDownload;
  return () => readToEnd(download(new URL(`http://localhost/api/${kind}/export?${query}`)));
}

async function readToEnd(response: Response): Promise<number> {
  let bytes = 0;
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
  return bytes;
}

async function bareExport(): Promise<number> {
  const client = new pg.Client({ connectionString: url, options: "-c jit=off" });
  await client.connect();
  const encoder = new TextEncoder();
  const cell = (value: unknown) => (value === null ? "" : /[",\r\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));
  let bytes = 0;
  let lines: string[] = [];
  const flush = () => {
    bytes += encoder.encode(lines.join("")).byteLength;
    lines = [];
  };
  const { text, values } = BARE_EXPORT_SQL[kind](new URLSearchParams(query));
  for await (const row of client.query(new QueryStream(text, values, { batchSize: 2_000, rowMode: "array" }))) {
    lines.push(`${(row as unknown[]).map(cell).join(",")}\r\n`);
    if (lines.length === 2_000) flush();
  }
  flush();
  await client.end();
  return bytes;
}

const run = mode === "app" ? await appExport() : bareExport;
const started = performance.now();
const bytes = await run();
const ms = performance.now() - started;
console.info(JSON.stringify({ ms, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
