import { recentNotifications, unreadNotificationCount } from "@/lib/alerts/notifications";
import { alertKindLabel } from "@/lib/automations/alert-kinds";
import { LazyNotificationBell } from "./lazy-header-menus";

/** Reads the alerts on the server for the bell (rendered by the portal layout, inside its session check). */
export async function NotificationCentre() {
  const [unread, notifications] = await Promise.all([unreadNotificationCount(), recentNotifications()]);
  return (
    <LazyNotificationBell
      unread={unread}
      notifications={notifications.map((notification) => ({
        id: notification.id,
        title: notification.title,
        message: notification.message,
        kindLabel: alertKindLabel(notification.kind),
        href: notification.href,
        openedAt: notification.openedAt.toISOString(),
        resolved: notification.resolvedAt !== null,
        read: notification.read,
      }))}
    />
  );
}
