"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { toast } from "@/components/ui/toast";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/actions/notifications";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type BellNotification = {
  id: string;
  title: string;
  message: string;
  kindLabel: string;
  href: string | null;
  openedAt: string;
  resolved: boolean;
  read: boolean;
};

/** The header's notification centre: the same alerts automations forward, newest first. */
export function NotificationBell({ unread, notifications }: { unread: number; notifications: BellNotification[] }) {
  const router = useRouter();
  const onError = ({ error }: { error: { serverError?: string } }) => toast.error(error.serverError ?? "Could not mark as read. Try again.");
  const markOne = useAction(markNotificationReadAction, { onSuccess: () => router.refresh(), onError });
  const markAll = useAction(markAllNotificationsReadAction, { onSuccess: () => router.refresh(), onError });
  const label = unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={label} data-testid="notification-bell">
          <Bell aria-hidden />
          {unread > 0 ? (
            <span className="absolute -right-0.5 -top-0.5 flex min-w-5 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold text-destructive-foreground" data-testid="unread-count">
              {unread > 99 ? "99+" : unread}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-80 max-w-[calc(100vw-2rem)]">
        <DropdownMenuLabel className="flex items-center justify-between gap-2">
          <span>Notifications</span>
          {unread > 0 ? (
            <Button variant="link" size="sm" className="h-auto p-0 text-xs" disabled={markAll.isPending} onClick={() => markAll.execute({})}>
              Mark all read
            </Button>
          ) : null}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {notifications.length === 0 ? <p className="px-2 py-4 text-center text-sm text-muted-foreground">Nothing needs attention.</p> : null}
        <div className="max-h-96 overflow-y-auto">
          {notifications.map((notification) => (
            <DropdownMenuItem
              key={notification.id}
              className="grid items-start gap-0.5"
              data-testid="notification"
              onSelect={() => {
                if (!notification.read) markOne.execute({ id: notification.id });
                if (notification.href) router.push(notification.href);
              }}
            >
              <span className={`text-sm ${notification.read ? "" : "font-semibold"}`}>
                {notification.read ? null : <span className="mr-1 inline-block size-2 rounded-full bg-primary" aria-label="unread" />}
                {notification.title}
              </span>
              <span className="line-clamp-2 text-xs text-muted-foreground">{notification.message}</span>
              <span className="text-[11px] text-muted-foreground">
                {notification.kindLabel}
                {notification.resolved ? " · resolved" : ""}
              </span>
            </DropdownMenuItem>
          ))}
        </div>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/automations">Forward alerts with an automation</Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
