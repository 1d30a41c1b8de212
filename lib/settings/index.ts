import "server-only";
import { db } from "@/lib/db";
import type { AppSettings } from "@/lib/generated/prisma/client";

export type { AppSettings };

const SETTINGS_ID = 1;

/** The console's settings, created with their defaults on first read. */
export async function getSettings(): Promise<AppSettings> {
  return db.appSettings.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID }, update: {} });
}

export type SettingsUpdate = Partial<Omit<AppSettings, "id" | "updatedAt">>;

export async function updateSettings(update: SettingsUpdate): Promise<AppSettings> {
  return db.appSettings.upsert({
    where: { id: SETTINGS_ID },
    create: { id: SETTINGS_ID, ...update },
    update,
  });
}
