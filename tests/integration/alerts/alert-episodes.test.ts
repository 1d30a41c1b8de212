import { describe, expect, it } from "vitest";
import { openAlert, resolveAlert } from "@/lib/alerts";
import { db } from "@/lib/db";

const condition = {
  kind: "test.low_balance",
  subjectKey: "panel",
  severity: "WARNING" as const,
  title: "Panel balance is low",
  message: "12.50 USD left",
};

describe("alert episodes", () => {
  it("fire once per episode, with one outbox event, and re-arm once resolved", async () => {
    const first = await openAlert(db, condition);
    const ticks = await Promise.all(Array.from({ length: 5 }, () => openAlert(db, condition)));
    expect(first).not.toBeNull();
    expect(ticks.every((id) => id === null)).toBe(true);
    expect(await db.alert.count()).toBe(1);
    expect(await db.outboxEvent.count({ where: { name: "alerts/opened" } })).toBe(1);

    expect(await resolveAlert(db, condition.kind, condition.subjectKey)).toBe(true);
    expect(await resolveAlert(db, condition.kind, condition.subjectKey)).toBe(false);
    const second = await openAlert(db, condition);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect(await db.alert.count({ where: { resolvedAt: null } })).toBe(1);
    expect(await db.outboxEvent.count({ where: { name: "alerts/opened" } })).toBe(2);
  });

  it("leave no trace when the causing transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await openAlert(tx, { ...condition, subjectKey: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.alert.count({ where: { subjectKey: "rolled-back" } })).toBe(0);
    expect(await db.outboxEvent.count()).toBe(2);
  });
});
