import { beforeAll, describe, expect, it } from "vitest";
import { loadKpis, loadRangeTotals } from "@/lib/analytics/kpis";
import type { FigureTotals } from "@/lib/analytics/order-figures";
import { loadCompanyOrderHistory, loadTargetLinkOrders } from "@/lib/analytics/order-history";
import { resolvePeriod } from "@/lib/analytics/period";
import { loadTopCompanies, loadTopServices, loadTopTargetLinks } from "@/lib/analytics/rankings";
import { loadSeries, seriesRows } from "@/lib/analytics/series";
import { db } from "@/lib/db";
import { targetLinkSearchKey } from "@/lib/links/target-link";
import { historyOrder, seedServices } from "./analytics-fixtures";

const NOW = new Date("2026-12-05T12:00:00Z");
const november = (timezone = "UTC") => resolvePeriod({ preset: "custom", from: "2026-11-01", to: "2026-11-30" }, timezone, NOW);
const text = (value: { toString(): string } | null) => (value === null ? null : value.toString());

let acme: string;
let beta: string;

beforeAll(async () => {
  await seedServices();
  acme = (await db.company.create({ data: { name: "Acme" } })).id;
  beta = (await db.company.create({ data: { name: "Beta" } })).id;
  // Completed: invoiced 8, cost 1.
  await historyOrder({ companyId: acme, createdAt: "2026-11-03T10:00:00Z", link: "https://instagram.com/acme", expectedCost: "1", invoice: "8" });
  // Awaiting its charge: the estimate counts as the cost.
  await historyOrder({ companyId: acme, serviceId: 202, createdAt: "2026-11-10T10:00:00Z", expectedCost: "2", charge: null, status: "PENDING", invoice: "16" });
  // Partial: the panel charged half, half of the invoice credited.
  await historyOrder({ companyId: beta, createdAt: "2026-11-15T10:00:00Z", link: "https://www.instagram.com/acme/", expectedCost: "3", charge: "1.5", status: "PARTIAL", invoice: "24", creditNote: "12" });
  // Canceled: charged nothing, credited in full.
  await historyOrder({ companyId: beta, serviceId: 203, createdAt: "2026-11-20T10:00:00Z", expectedCost: "1", charge: "0", status: "CANCELED", invoice: "8", creditNote: "8" });
  // Failed: never placed, counts nowhere.
  await historyOrder({ companyId: acme, createdAt: "2026-11-21T10:00:00Z", expectedCost: "5", charge: null, placed: false });
  // Its invoice voided: a cost without revenue.
  await historyOrder({ companyId: beta, createdAt: "2026-11-22T10:00:00Z", expectedCost: "1", invoice: { amount: "8", status: "VOID" } });
  // Invoiced in another currency: refused (left out of revenue and counted as such), never added to USD.
  await historyOrder({ companyId: acme, createdAt: "2026-11-25T10:00:00Z", expectedCost: "1", invoice: { amount: "8", currency: "EUR" } });
  // The previous period (the 30 days before November).
  await historyOrder({ companyId: acme, createdAt: "2026-10-15T10:00:00Z", expectedCost: "1", invoice: "8" });
  // Day boundaries: late on Nov 30 in UTC is December in Tokyo; late on Oct 31 in UTC is November there.
  await historyOrder({ companyId: beta, createdAt: "2026-11-30T23:30:00Z", expectedCost: "1", invoice: "100" });
  await historyOrder({ companyId: beta, createdAt: "2026-10-31T16:00:00Z", expectedCost: "1", invoice: "1000" });
});

describe("analytics KPIs", () => {
  it("nets credit notes, takes the charge once known and the estimate before, and leaves out unplaced orders, void and foreign documents", async () => {
    const kpis = await loadKpis({}, november(), "USD");
    const { current, previous } = kpis;
    expect(current.orders).toBe(7);
    expect(text(current.revenue)).toBe("136");
    expect(text(current.cost)).toBe("7.5");
    expect(text(current.profit)).toBe("128.5");
    expect(current.margin?.toFixed(4)).toBe("0.9449");
    expect(current.averageOrderValue?.toFixed(4)).toBe("19.4286");
    expect(kpis.foreignCurrencyDocuments).toBe(1);
    expect(previous.orders).toBe(2);
    expect(text(previous.revenue)).toBe("1008");
  });

  it("follows the agency's timezone for day boundaries", async () => {
    const { current } = await loadKpis({}, november("Asia/Tokyo"), "USD");
    // The Nov 30 23:30 UTC order (100) moves out, the Oct 31 16:00 UTC one (1000) moves in.
    expect(current.orders).toBe(7);
    expect(text(current.revenue)).toBe("1036");
  });

  it("filters by company, network and service", async () => {
    expect(text((await loadKpis({ companyId: acme }, november(), "USD")).current.revenue)).toBe("24");
    expect(text((await loadKpis({ network: "TIKTOK" }, november(), "USD")).current.cost)).toBe("2");
    expect((await loadKpis({ serviceId: 203 }, november(), "USD")).current.margin).toBeNull();
  });

  it("reads one company's or service's two periods in one statement, giving what each period's own pass gives, an empty period as zeros", async () => {
    const period = november();
    const { current, previous } = await loadKpis({ companyId: beta }, period, "USD");
    const [ownCurrent, ownPrevious] = await Promise.all([
      loadRangeTotals({ companyId: beta }, period.start, period.end, "USD"),
      loadRangeTotals({ companyId: beta }, period.previousStart, period.start, "USD"),
    ]);
    const figures = ({ orders, revenue, cost, profit }: FigureTotals) => [orders, text(revenue), text(cost), text(profit)];
    expect(figures(current)).toEqual(figures(ownCurrent));
    expect(figures(previous)).toEqual(figures(ownPrevious));
    expect(figures(current)).toEqual([4, "112", "3.5", "108.5"]);
    expect(figures(previous)).toEqual([1, "1000", "1", "999"]);

    const canceledService = await loadKpis({ serviceId: 203 }, period, "USD");
    expect(figures(canceledService.previous)).toEqual([0, "0", "0", "0"]);
    expect([canceledService.previous.margin, canceledService.previous.averageOrderValue]).toEqual([null, null]);
    expect(canceledService.current.orders).toBe(1);
    const nothing = await loadKpis({ companyId: acme }, resolvePeriod({ preset: "custom", from: "2025-01-01", to: "2025-01-31" }, "UTC", NOW), "USD");
    expect([figures(nothing.current), figures(nothing.previous), nothing.foreignCurrencyDocuments]).toEqual([[0, "0", "0", "0"], [0, "0", "0", "0"], 0]);
  });
});

describe("analytics series and rankings", () => {
  it("buckets by the agency's days, with empty days as zero", async () => {
    const period = november();
    const rows = seriesRows(await loadSeries({}, period, "USD"), period);
    expect(rows).toHaveLength(30);
    const third = rows.find((row) => row.bucket === "2026-11-03");
    expect([text(third!.revenue), text(third!.cost), third!.orders]).toEqual(["8", "1", 1]);
    expect(text(rows.find((row) => row.bucket === "2026-11-04")!.revenue)).toBe("0");
    expect(text(rows.find((row) => row.bucket === "2026-11-10")!.byNetwork.TIKTOK ?? null)).toBe("14");

    const tokyo = november("Asia/Tokyo");
    const tokyoRows = seriesRows(await loadSeries({}, tokyo, "USD"), tokyo);
    expect(text(tokyoRows.find((row) => row.bucket === "2026-11-01")!.revenue)).toBe("1000");
  });

  it("buckets by week (Monday) and month", async () => {
    const weekly = { ...november(), bucket: "week" as const };
    const weeks = seriesRows(await loadSeries({}, weekly, "USD"), weekly);
    expect(weeks[0]!.bucket).toBe("2026-10-26");
    expect(text(weeks.find((row) => row.bucket === "2026-11-02")!.revenue)).toBe("8");
    const monthly = { ...november(), bucket: "month" as const };
    expect(seriesRows(await loadSeries({}, monthly, "USD"), monthly).map((row) => [row.bucket, text(row.profit)])).toEqual([["2026-11-01", "128.5"]]);
  });

  it("ranks companies, services and same links by profit", async () => {
    const period = november();
    const companies = await loadTopCompanies({}, period, "USD");
    expect(companies.map((row) => [row.name, text(row.profit)])).toEqual([["Beta", "108.5"], ["Acme", "20"]]);
    const services = await loadTopServices({}, period, "USD");
    expect(services.map((row) => [row.serviceId, text(row.revenue), text(row.cost)])).toEqual([[201, "120", "5.5"], [202, "16", "2"], [203, "0", "0"]]);
    const [topLink] = await loadTopTargetLinks({ network: "INSTAGRAM", serviceId: 201 }, period, "USD");
    expect(topLink).toMatchObject({ companies: 1 });
    const links = await loadTopTargetLinks({}, period, "USD");
    const acmeLink = links.find((row) => row.linkKey === "instagram.com/acme");
    expect(acmeLink).toMatchObject({ orders: 2, companies: 2 });
    expect(text(acmeLink!.profit)).toBe("17.5");
  });
});

describe("target link and company history", () => {
  it("finds every order on a link however it is written", async () => {
    const key = targetLinkSearchKey("HTTP://WWW.Instagram.com/acme/?utm_source=newsletter#top");
    expect(key).toEqual({ exact: "instagram.com/acme" });
    const found = await loadTargetLinkOrders(key!, "USD");
    expect(found.orders).toHaveLength(2);
    expect(found.totals).toMatchObject({ orders: 2, companies: 2, services: 1 });
    expect(text(found.totals.profit)).toBe("17.5");
    const fragment = await loadTargetLinkOrders({ contains: "acme" }, "USD");
    expect(fragment.orders.map((order) => order.link).sort()).toEqual(["https://instagram.com/acme", "https://www.instagram.com/acme/"]);
    expect((await loadTargetLinkOrders({ contains: "100%_" }, "USD")).orders).toHaveLength(0);
  });

  it("lists a company's orders with profit per order, unplaced ones without figures", async () => {
    const history = await loadCompanyOrderHistory(acme, { page: 1, pageSize: 25, skip: 0 }, "USD");
    expect(history.total).toBe(5);
    expect(history.items.map((order) => [order.createdAt.toISOString().slice(0, 10), text(order.profit)])).toEqual([
      ["2026-11-25", "-1"],
      ["2026-11-21", null],
      ["2026-11-10", "14"],
      ["2026-11-03", "7"],
      ["2026-10-15", "7"],
    ]);
  });
});
