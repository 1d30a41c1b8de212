import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { runCatalogSync } from "@/lib/services/run-catalog-sync";
import { SANDBOX_CATALOG } from "../../../sandbox/providers/fampage/catalog";
import { createSandboxControl } from "../../../sandbox/testing/sandbox-control";

const sandbox = createSandboxControl(process.env.SANDBOX_URL ?? "");
const CATALOG_SIZE = SANDBOX_CATALOG.length;

beforeEach(async () => {
  await sandbox.reset();
  await db.service.deleteMany();
  await db.integrationLog.deleteMany();
});

describe("runCatalogSync", () => {
  it("copies the panel's catalog with exact rates, flags and the network of each category", async () => {
    const report = await runCatalogSync();

    expect(report.summary).toEqual({ total: CATALOG_SIZE, added: CATALOG_SIZE, updated: 0, deactivated: 0 });
    expect(report.message).toBe(`${CATALOG_SIZE} services: ${CATALOG_SIZE} added, 0 updated, 0 deactivated`);

    const services = await db.service.findMany({ orderBy: { id: "asc" } });
    expect(services.map((service) => service.id)).toEqual(SANDBOX_CATALOG.map((service) => service.service));
    const networkOf = Object.fromEntries(services.map((service) => [service.id, service.network]));
    expect(networkOf).toMatchObject({
      1: "INSTAGRAM",
      11: "INSTAGRAM",
      12: "TIKTOK",
      16: "YOUTUBE",
      19: "FACEBOOK",
      21: "TWITTER",
      23: "TELEGRAM",
      25: "SPOTIFY",
    });

    const dripFeed = services.find((service) => service.id === 3);
    expect(dripFeed).toMatchObject({
      name: "Instagram Followers [Drip-feed]",
      type: "Default",
      category: "Instagram Followers",
      min: 50,
      max: 20_000,
      refill: true,
      cancel: true,
      dripfeed: true,
      active: true,
    });
    expect(dripFeed?.ratePer1000.toFixed(5)).toBe("1.12345");
    // `cancel` and `dripfeed` absent from the panel's answer read as false.
    expect(services.find((service) => service.id === 4)).toMatchObject({ refill: false, cancel: false, dripfeed: false });
    expect(services.find((service) => service.id === 6)).toMatchObject({ type: "Custom Comments", description: "One comment per line." });
  });

  it("marks a service the panel no longer lists inactive and keeps it; a resync updates the rest", async () => {
    await runCatalogSync();
    await db.service.create({
      data: { id: 999_001, name: "Retired service", type: "Default", category: "Instagram Likes", network: "INSTAGRAM", ratePer1000: "0.5", min: 10, max: 100, lastSyncedAt: new Date("2025-01-01") },
    });
    await db.service.update({ where: { id: 1 }, data: { ratePer1000: "99", name: "Stale name" } });

    const report = await runCatalogSync();

    expect(report.summary).toEqual({ total: CATALOG_SIZE, added: 0, updated: CATALOG_SIZE, deactivated: 1 });
    expect(report.message).toBe(`${CATALOG_SIZE} services: 0 added, ${CATALOG_SIZE} updated, 1 deactivated`);
    expect(await db.service.findUnique({ where: { id: 999_001 } })).toMatchObject({ active: false, name: "Retired service" });
    const refreshed = await db.service.findUniqueOrThrow({ where: { id: 1 } });
    expect(refreshed.name).toBe("Instagram Followers [Real, 30 days refill]");
    expect(refreshed.ratePer1000.toFixed(5)).toBe("0.90000");
    expect(await db.service.count({ where: { active: true } })).toBe(CATALOG_SIZE);
  });

  it("reactivates a service the panel lists again", async () => {
    await runCatalogSync();
    await db.service.update({ where: { id: 7 }, data: { active: false } });

    await runCatalogSync();

    expect(await db.service.findUnique({ where: { id: 7 } })).toMatchObject({ active: true });
  });

  it("records the panel call in the integration log without the API key", async () => {
    await runCatalogSync();

    const entries = await db.integrationLog.findMany();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ provider: "fampage", outcome: "success", httpStatus: 200 });
    expect(JSON.stringify(entries)).not.toContain("fampage-sandbox-key");
  });

  it("turns a panel failure into a message for the console and changes nothing", async () => {
    await runCatalogSync();
    await db.service.update({ where: { id: 2 }, data: { name: "Kept as it was" } });
    await sandbox.injectFault({ provider: "fampage", path: "/api/v2", mode: "error_200", count: 1 });

    const error: unknown = await runCatalogSync().then(
      () => undefined,
      (rejection: unknown) => rejection,
    );

    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toBe("The panel did not send its catalog, so nothing changed: Incorrect request");
    expect(await db.service.findUnique({ where: { id: 2 } })).toMatchObject({ name: "Kept as it was", active: true });
    expect(await db.service.count({ where: { active: true } })).toBe(CATALOG_SIZE);
  });
});
