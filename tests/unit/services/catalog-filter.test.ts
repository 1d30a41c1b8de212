import { describe, expect, it } from "vitest";
import { catalogFilterFrom, catalogSortFrom } from "@/lib/services/catalog-filter";
import { describeCatalogSync } from "@/lib/services/run-catalog-sync";

describe("catalogFilterFrom", () => {
  it("reads the network, search and inactive toggle", () => {
    expect(catalogFilterFrom({ network: "TIKTOK", q: "  views ", inactive: "1" })).toEqual({
      network: "TIKTOK",
      search: "views",
      includeInactive: true,
    });
  });

  it("ignores values that make no sense", () => {
    expect(catalogFilterFrom({ network: "MYSPACE", q: "x".repeat(101), inactive: "yes" })).toEqual({ includeInactive: false });
    expect(catalogFilterFrom({ network: ["YOUTUBE", "TIKTOK"], q: "   " })).toEqual({ network: "YOUTUBE", includeInactive: false });
  });
});

describe("catalogSortFrom", () => {
  it("allows the catalog's columns only", () => {
    expect(catalogSortFrom({ sort: "rate", dir: "desc" })).toEqual({ field: "rate", direction: "desc" });
    expect(catalogSortFrom({ sort: "ratePer1000; drop", dir: "sideways" })).toEqual({ field: "category", direction: "asc" });
  });
});

describe("describeCatalogSync", () => {
  it("summarises a sync in one line", () => {
    expect(describeCatalogSync({ total: 42, added: 3, updated: 39, deactivated: 1 })).toBe("42 services: 3 added, 39 updated, 1 deactivated");
    expect(describeCatalogSync({ total: 1, added: 1, updated: 0, deactivated: 0 })).toBe("1 service: 1 added, 0 updated, 0 deactivated");
  });
});
