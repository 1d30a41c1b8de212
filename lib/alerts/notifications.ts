import { db } from "@/lib/db";
import type { AlertSeverity } from "@/lib/generated/prisma/client";

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

export async function unreadNotificationCount(): Promise<number> {
  return db.alert.count({ where: { readAt: null } });
}

/** Newest first, read or not. */
export async function recentNotifications(limit = 20): Promise<Notification[]> {
  const alerts = await db.alert.findMany({ orderBy: { openedAt: "desc" }, take: limit });
  return alerts.map((alert) => ({
    id: alert.id,
    kind: alert.kind,
    severity: alert.severity,
    title: alert.title,
    message: alert.message,
    href: alert.href,
    openedAt: alert.openedAt,
    resolvedAt: alert.resolvedAt,
    read: alert.readAt !== null,
  }));
}

export async function markNotificationRead(id: string): Promise<void> {
  await db.alert.updateMany({ where: { id, readAt: null }, data: { readAt: new Date() } });
}

export async function markAllNotificationsRead(): Promise<number> {
  const { count } = await db.alert.updateMany({ where: { readAt: null }, data: { readAt: new Date() } });
  return count;
}
