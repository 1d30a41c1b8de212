import "server-only";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db-sql";
import { type AppSettings, Prisma } from "@/lib/generated/prisma/client";

export type { AppSettings };

const SETTINGS_ID = 1;

/**
 * The console's settings. The row is created by a migration (20261205060000), so a read
 * is a primary-key select, not an upsert (which locks and writes the row on every page);
 * every page reads it, so it goes straight to the pool (lib/db-sql.ts).
 */
export async function getSettings(): Promise<AppSettings> {
  const [settings] = await readRows<AppSettings>(Prisma.sql`SELECT * FROM "AppSettings" WHERE "id" = ${SETTINGS_ID}`);
  if (!settings) throw new Error("The settings row is missing: apply the migrations (npx prisma migrate deploy).");
  return settings;
}

export type SettingsUpdate = Partial<Omit<AppSettings, "id" | "updatedAt">>;

export async function updateSettings(update: SettingsUpdate): Promise<AppSettings> {
  return db.appSettings.update({ where: { id: SETTINGS_ID }, data: update });
}
