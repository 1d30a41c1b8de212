import { run } from "./lib/run";

/**
 * Fails when prisma/schema.prisma has changes no migration captures, or when the
 * migrations do not apply cleanly to an empty database (Prisma replays them in
 * a throw-away shadow database to compare).
 */
if (!process.env.DATABASE_URL) {
  console.error("db:check needs DATABASE_URL: a Postgres server where it may create a temporary database.");
  process.exit(1);
}

try {
  await run("npx", [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--exit-code",
  ]);
  console.info("Migrations match prisma/schema.prisma.");
} catch {
  console.error(
    "prisma/schema.prisma has changes without a migration (the SQL above). Run `npm run db:migrate -- <what_changed>`.",
  );
  process.exit(1);
}
