"use server";

import { z } from "zod";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/alerts/notifications";
import { adminActionClient } from "./safe-action";

export const markNotificationReadAction = adminActionClient
  .metadata({ actionName: "markNotificationRead" })
  .inputSchema(z.object({ id: z.string().min(1).max(64) }))
  .action(async ({ parsedInput }) => {
    await markNotificationRead(parsedInput.id);
    return { message: "Marked as read." };
  });

export const markAllNotificationsReadAction = adminActionClient
  .metadata({ actionName: "markAllNotificationsRead" })
  .inputSchema(z.object({}))
  .action(async () => {
    const count = await markAllNotificationsRead();
    return { message: count === 0 ? "Nothing unread." : `${count} marked as read.` };
  });
