import "server-only";
import { db } from "@/lib/db";
import type { AppSettings } from "@/lib/generated/prisma/client";

export type { AppSettings };

const SETTINGS_ID = 1;

/**
 * The console's settings. The row is created by a migration (20261205060000), so a read
 * is a primary-key select, not an upsert (which locks and writes the row on every page).
 */
export async function getSettings(): Promise<AppSettings> {
  return db.appSettings.findUniqueOrThrow({ where: { id: SETTINGS_ID } });
}

export type SettingsUpdate = Partial<Omit<AppSettings, "id" | "updatedAt">>;

export async function updateSettings(update: SettingsUpdate): Promise<AppSettings> {
  return db.appSettings.update({ where: { id: SETTINGS_ID }, data: update });
}
