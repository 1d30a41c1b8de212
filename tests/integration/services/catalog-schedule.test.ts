import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { syncServiceCatalogFunction } from "@/inngest/functions/sync-service-catalog";
import { db } from "@/lib/db";

describe("the daily catalog sync", () => {
  it("copies the panel's catalog when the schedule fires", async () => {
    const engine = new InngestTestEngine({ function: syncServiceCatalogFunction });

    const { result } = await engine.execute();

    const stored = await db.service.count({ where: { active: true } });
    expect(stored).toBeGreaterThan(0);
    expect(result).toMatchObject({ total: stored, added: stored, deactivated: 0 });
  });
});
