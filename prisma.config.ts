import { defineConfig } from "prisma/config";
import { MigrationPgAdapterFactory, poolConfigFromUrl, unrefLongTimers } from "./prisma/pg-compat";

unrefLongTimers();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      throw new Error("DATABASE_URL is not set: prisma commands need a database (npm run dev starts one).");
    }
    return new MigrationPgAdapterFactory(poolConfigFromUrl(databaseUrl));
  },
});
