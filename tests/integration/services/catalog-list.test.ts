import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Pagination } from "@/lib/list-query";
import type { CatalogFilter, CatalogSort } from "@/lib/services/catalog-filter";
import { listCatalog } from "@/lib/services/catalog-queries";
import { runCatalogSync } from "@/lib/services/run-catalog-sync";
import { updateSettings } from "@/lib/settings";
import { SANDBOX_CATALOG } from "../../../sandbox/providers/fampage/catalog";

const ALL: Pagination = { page: 1, pageSize: 100, skip: 0 };
const BY_ID: CatalogSort = { field: "id", direction: "asc" };
const ACTIVE: CatalogFilter = { includeInactive: false };
const RETIRED_ID = 999_002;

async function ids(filter: CatalogFilter, sort: CatalogSort = BY_ID, pagination: Pagination = ALL): Promise<number[]> {
  return (await listCatalog(filter, sort, pagination)).services.items.map((service) => service.id);
}

beforeAll(async () => {
  await runCatalogSync();
  await db.service.create({
    data: { id: RETIRED_ID, name: "TikTok Views [Retired]", type: "Default", category: "TikTok Views", network: "TIKTOK", ratePer1000: "0.01", min: 100, max: 1000, active: false, lastSyncedAt: new Date("2025-01-01") },
  });
});

describe("listCatalog", () => {
  it("lists active services only, with per-network counts and the last sync time", async () => {
    const view = await listCatalog(ACTIVE, BY_ID, ALL);

    expect(view.services.total).toBe(SANDBOX_CATALOG.length);
    expect(view.services.items.some((service) => service.id === RETIRED_ID)).toBe(false);
    expect(view.networkCounts).toEqual({ INSTAGRAM: 11, TIKTOK: 4, YOUTUBE: 3, FACEBOOK: 2, TWITTER: 2, TELEGRAM: 2, SPOTIFY: 1 });
    expect(view.lastSyncedAt).toBeInstanceOf(Date);
    expect(Date.now() - (view.lastSyncedAt?.getTime() ?? 0)).toBeLessThan(60_000);
  });

  it("shows inactive services when asked, and counts them", async () => {
    const view = await listCatalog({ includeInactive: true, network: "TIKTOK" }, BY_ID, ALL);

    expect(view.services.items.map((service) => [service.id, service.active])).toEqual([
      [12, true],
      [13, true],
      [14, true],
      [15, true],
      [RETIRED_ID, false],
    ]);
    expect(view.networkCounts.TIKTOK).toBe(5);
  });

  it("filters by network and keeps the counts of the others", async () => {
    const view = await listCatalog({ ...ACTIVE, network: "YOUTUBE" }, BY_ID, ALL);

    expect(view.services.items.map((service) => service.id)).toEqual([16, 17, 18]);
    expect(view.networkCounts.INSTAGRAM).toBe(11);
  });

  it("searches names and categories in any case, and ids", async () => {
    expect(await ids({ ...ACTIVE, search: "custom comm" })).toEqual([6]);
    expect(await ids({ ...ACTIVE, search: "telegram views" })).toEqual([24]);
    expect(await ids({ ...ACTIVE, search: "21" })).toEqual([21]);
    expect(await ids({ ...ACTIVE, search: "likes", network: "TWITTER" })).toEqual([22]);
    expect(await ids({ ...ACTIVE, search: "nothing like this" })).toEqual([]);
    expect(await ids({ ...ACTIVE, search: "99999999999" })).toEqual([]);
  });

  it("counts per network within the search", async () => {
    const view = await listCatalog({ ...ACTIVE, search: "followers" }, BY_ID, ALL);

    // Three "Instagram Followers" services and the starter package that includes followers.
    expect(view.networkCounts).toEqual({ INSTAGRAM: 4, TIKTOK: 1, TWITTER: 1 });
  });

  it("prices 1000 units with the settings' multiplier, rounded once to the currency", async () => {
    await updateSettings({ currency: "USD" });
    const byId = new Map((await listCatalog(ACTIVE, BY_ID, ALL)).services.items.map((service) => [service.id, service]));

    // 1.12345 × 8 = 8.9876 → 8.99; 0.00850 × 8 = 0.068 → 0.07; 6.48312 × 8 = 51.86496 → 51.86
    expect(byId.get(3)?.sellPricePer1000.toFixed(2)).toBe("8.99");
    expect(byId.get(12)?.sellPricePer1000.toFixed(2)).toBe("0.07");
    expect(byId.get(21)?.sellPricePer1000.toFixed(2)).toBe("51.86");
  });

  it("follows a changed multiplier and currency", async () => {
    await updateSettings({ invoiceMultiplier: new Prisma.Decimal("2.5"), currency: "JPY" });
    try {
      const view = await listCatalog({ ...ACTIVE, search: "18" }, BY_ID, ALL);
      expect(view.currency).toBe("JPY");
      // 18.90 × 2.5 = 47.25 → 47 (no minor unit)
      expect(view.services.items[0]?.sellPricePer1000.toString()).toBe("47");
    } finally {
      await updateSettings({ invoiceMultiplier: new Prisma.Decimal(8), currency: "USD" });
    }
  });

  it("sorts by rate and by name, and pages", async () => {
    expect((await ids(ACTIVE, { field: "rate", direction: "desc" })).slice(0, 3)).toEqual([18, 6, 11]);
    expect((await ids(ACTIVE, { field: "name", direction: "asc" })).slice(0, 2)).toEqual([19, 20]);

    const second = await listCatalog(ACTIVE, BY_ID, { page: 2, pageSize: 10, skip: 10 });
    expect(second.services.items.map((service) => service.id)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(second.services).toMatchObject({ total: SANDBOX_CATALOG.length, page: 2, pageCount: 3 });
  });
});

describe("an empty catalog", () => {
  it("has no last sync time", async () => {
    await db.service.deleteMany();

    const view = await listCatalog(ACTIVE, BY_ID, ALL);

    expect(view.lastSyncedAt).toBeNull();
    expect(view.services.total).toBe(0);
  });
});
