import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./lib/run";

/**
 * `npm run db:migrate -- <name>`: writes the SQL that brings the migrations up to
 * prisma/schema.prisma into a new migration folder, then applies it.
 * (`prisma migrate dev` cannot evaluate data loss through the offline WASM
 * engine once migrations exist; `migrate diff` can.)
 */
const name = process.argv[2]?.replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name || !process.env.DATABASE_URL) {
  console.error("Usage: DATABASE_URL=... npm run db:migrate -- <what_changed>");
  process.exit(1);
}

const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.info("prisma/schema.prisma has no changes to migrate.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.info(`Wrote ${folder}/migration.sql`);
await run("npx", ["prisma", "migrate", "deploy"]);
await run("npx", ["prisma", "generate"]);
