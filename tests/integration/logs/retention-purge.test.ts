import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { purgeIntegrationLogFunction } from "@/inngest/functions/purge-integration-log";
import { db } from "@/lib/db";
import { updateSettings } from "@/lib/settings";

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3_600_000);
const entry = (createdAt: Date, action: string) => ({
  provider: "fampage",
  action,
  method: "POST",
  url: "https://panel.test/api/v2",
  durationMs: 12,
  outcome: "success" as const,
  createdAt,
});

describe("the daily integration-log purge", () => {
  it("deletes entries past the retention setting and keeps the rest", async () => {
    await updateSettings({ integrationLogRetentionDays: 7 });
    await db.integrationLog.createMany({
      data: [entry(daysAgo(30), "old"), entry(daysAgo(8), "just too old"), entry(daysAgo(6), "recent"), entry(new Date(), "today")],
    });

    const { result } = await new InngestTestEngine({ function: purgeIntegrationLogFunction }).execute();

    expect(result).toEqual({ deleted: 2, retentionDays: 7 });
    expect((await db.integrationLog.findMany({ orderBy: { createdAt: "asc" } })).map((row) => row.action)).toEqual(["recent", "today"]);
  });
});
