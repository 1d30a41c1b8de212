import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";

const BATCH = 5_000;

/**
 * Deletes integration-log rows older than the retention setting, a few
 * thousand at a time so no statement holds the table for long.
 */
export async function purgeOldIntegrationLogEntries(now = new Date()): Promise<{ deleted: number; retentionDays: number }> {
  const { integrationLogRetentionDays: retentionDays } = await getSettings();
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 3_600_000);
  let deleted = 0;
  for (;;) {
    const removed = await db.$executeRaw`
      DELETE FROM "IntegrationLog" WHERE "id" IN (
        SELECT "id" FROM "IntegrationLog" WHERE "createdAt" < ${cutoff} LIMIT ${BATCH}
      )`;
    deleted += removed;
    if (removed < BATCH) return { deleted, retentionDays };
  }
}
