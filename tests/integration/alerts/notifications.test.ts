import { describe, expect, it } from "vitest";
import { openAlert } from "@/lib/alerts";
import { markNotificationRead, recentNotifications, unreadNotificationCount } from "@/lib/alerts/notifications";
import { db } from "@/lib/db";

const alert = (subjectKey: string) => ({ kind: "test.low_balance", subjectKey, severity: "WARNING" as const, title: `Low ${subjectKey}`, message: "12.50 USD left" });

describe("the bell's notifications", () => {
  it("lists alerts newest first with whether each was read, and counts the unread", async () => {
    const older = await openAlert(db, alert("older"));
    await db.alert.update({ where: { id: older! }, data: { openedAt: new Date("2026-01-01T00:00:00Z") } });
    const newer = await openAlert(db, alert("newer"));
    await markNotificationRead(older!);

    expect(await unreadNotificationCount()).toBe(1);
    const listed = await recentNotifications();
    expect(listed.map((entry) => [entry.id, entry.read])).toEqual([
      [newer, false],
      [older, true],
    ]);
    expect(listed[1]).toEqual({
      id: older,
      kind: "test.low_balance",
      severity: "WARNING",
      title: "Low older",
      message: "12.50 USD left",
      href: null,
      openedAt: new Date("2026-01-01T00:00:00Z"),
      resolvedAt: null,
      read: true,
    });
    expect(await recentNotifications(1)).toHaveLength(1);
  });
});
