/**
 * `npm run bench:bundle`: each route's first-load JavaScript, gzipped, read from the last
 * `next build` (.next): the shared runtime chunks plus every chunk the route's layouts and page
 * load up front. Chunks loaded later (next/dynamic, e.g. the charts) are not counted.
 * Every page of the app/(portal) segment is measured against the 150 kB goal (≤ 1.00× meets it);
 * any of them over it fails the run (exit 1). The public pages are listed after them, for reference only.
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
type Row = { route: string; kb: number };
const portalRows: Row[] = [];
const publicRows: Row[] = [];
for (const file of pageManifests(path.join(NEXT_DIR, "server", "app"))) {
  const source = readFileSync(file, "utf8");
  const match = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{.*\});?\s*$/s.exec(source);
  if (!match) continue;
  const page = match[1]!;
  // Next's own error pages are not part of the app.
  if (/^\/_(global-error|not-found)\//.test(page)) continue;
  const route = page.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
  const manifest = JSON.parse(match[2]!) as RscManifest;
  const files = new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
  const row = { route, kb: [...files].reduce((total, chunk) => total + gzipSize(chunk), 0) / 1024 };
  (page.startsWith("/(portal)/") ? portalRows : publicRows).push(row);
}
if (portalRows.length === 0) {
  console.error("No portal page in .next/server/app: was the build complete?");
  process.exit(1);
}

const shared = buildManifest.rootMainFiles.reduce((total, chunk) => total + gzipSize(chunk), 0) / 1024;
const byRoute = (a: Row, b: Row) => a.route.localeCompare(b.route);
console.info(`\nFirst-load JavaScript per portal route, gzipped (shared runtime ${shared.toFixed(1)} kB):`);
for (const { route, kb } of portalRows.sort(byRoute)) {
  console.info(`${route.padEnd(40)} ${kb.toFixed(1).padStart(7)} kB vs the ${GOAL_KB} kB goal  ${(kb / GOAL_KB).toFixed(2)}×`);
}
console.info("\nPublic pages, for reference (the goal is the portal's):");
for (const { route, kb } of publicRows.sort(byRoute)) {
  console.info(`${route.padEnd(40)} ${kb.toFixed(1).padStart(7)} kB`);
}
const over = portalRows.filter(({ kb }) => kb > GOAL_KB);
if (over.length > 0) {
  console.error(`\n${over.length} route(s) over the ${GOAL_KB} kB goal: ${over.map(({ route }) => route).join(", ")}`);
  process.exitCode = 1;
}
