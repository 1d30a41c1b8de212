/**
 * `npm run bench:bundle`: each portal route's first-load JavaScript, gzipped, read from the
 * last `next build` (.next): the shared runtime chunks plus every chunk the route's layouts
 * and page load up front. Chunks loaded later (next/dynamic, e.g. the charts) are not counted.
 * The ratio is against the 150 kB goal (≤ 1.00× meets it); any route over it fails the run (exit 1).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const GOAL_KB = 150;
const NEXT_DIR = path.resolve(".next");
if (!existsSync(path.join(NEXT_DIR, "build-manifest.json"))) {
  console.error("No production build in .next: run `npx next build` first.");
  process.exit(1);
}

const buildManifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const gzipped = new Map<string, number>();
const gzipSize = (file: string): number => {
  const known = gzipped.get(file);
  if (known !== undefined) return known;
  const size = gzipSync(readFileSync(path.join(NEXT_DIR, file))).length;
  gzipped.set(file, size);
  return size;
};

function* pageManifests(directory: string): Generator<string> {
  for (const entry of readdirSync(directory)) {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) yield* pageManifests(full);
    else if (entry === "page_client-reference-manifest.js") yield full;
  }
}

type RscManifest = { entryJSFiles: Record<string, string[]> };
const rows: { route: string; kb: number }[] = [];
for (const file of pageManifests(path.join(NEXT_DIR, "server", "app"))) {
  const source = readFileSync(file, "utf8");
  const match = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{.*\});?\s*$/s.exec(source);
  if (!match) continue;
  const route = match[1]!.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
  if (!/^\/(dashboard|companies|orders|invoices|services|logs|settings|analytics)/.test(route)) continue;
  const manifest = JSON.parse(match[2]!) as RscManifest;
  const files = new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
  rows.push({ route, kb: [...files].reduce((total, chunk) => total + gzipSize(chunk), 0) / 1024 });
}

const shared = buildManifest.rootMainFiles.reduce((total, chunk) => total + gzipSize(chunk), 0) / 1024;
console.info(`\nFirst-load JavaScript per portal route, gzipped (shared runtime ${shared.toFixed(1)} kB):`);
for (const { route, kb } of rows.sort((a, b) => a.route.localeCompare(b.route))) {
  console.info(`${route.padEnd(40)} ${kb.toFixed(1).padStart(7)} kB vs the ${GOAL_KB} kB goal  ${(kb / GOAL_KB).toFixed(2)}×`);
}
const over = rows.filter(({ kb }) => kb > GOAL_KB);
if (over.length > 0) {
  console.error(`\n${over.length} route(s) over the ${GOAL_KB} kB goal: ${over.map(({ route }) => route).join(", ")}`);
  process.exitCode = 1;
}
