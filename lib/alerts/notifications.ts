import { db } from "@/lib/db";
import { readRows } from "@/lib/db-sql";
import { type AlertSeverity, Prisma } from "@/lib/generated/prisma/client";

/** An alert as the bell lists it. */
export type Notification = {
  id: string;
  kind: string;
  severity: AlertSeverity;
  title: string;
  message: string;
  href: string | null;
  openedAt: Date;
  resolvedAt: Date | null;
  read: boolean;
};

// The bell is on every portal page: both reads go straight to the pool (lib/db-sql.ts), where
// Prisma's per-call work was several times these index reads.
export async function unreadNotificationCount(): Promise<number> {
  const [row] = await readRows<{ count: number }>(Prisma.sql`SELECT count(*)::int AS "count" FROM "Alert" WHERE "readAt" IS NULL`);
  return row?.count ?? 0;
}

/** Newest first, read or not. */
export async function recentNotifications(limit = 20): Promise<Notification[]> {
  return readRows<Notification>(Prisma.sql`SELECT "id", "kind", "severity", "title", "message", "href", "openedAt", "resolvedAt", "readAt" IS NOT NULL AS "read"
    FROM "Alert" ORDER BY "openedAt" DESC LIMIT ${limit}`);
}

export async function markNotificationRead(id: string): Promise<void> {
  await db.alert.updateMany({ where: { id, readAt: null }, data: { readAt: new Date() } });
}

export async function markAllNotificationsRead(): Promise<number> {
  const { count } = await db.alert.updateMany({ where: { readAt: null }, data: { readAt: new Date() } });
  return count;
}
