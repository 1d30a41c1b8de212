import { beforeAll, describe, expect, it } from "vitest";
import { loadRunway } from "@/lib/analytics/runway";
import { getOperationsOverview } from "@/lib/dashboard/overview";
import { db } from "@/lib/db";
import { forgetPanelBalance } from "@/lib/orders/panel-balance";
import { fampageSandbox } from "../../support/order-fixtures";
import { historyOrder, seedServices } from "./analytics-fixtures";

const NOW = new Date("2026-12-05T12:00:00Z");

beforeAll(async () => {
  await seedServices();
  const acme = (await db.company.create({ data: { name: "Acme" } })).id;
  await db.company.create({ data: { name: "Gone", status: "ARCHIVED" } });
  // The last 7 days' spend: 7 charged + 3.5 awaiting its charge (the estimate) = 10.5, so 1.5 a day.
  await historyOrder({ companyId: acme, createdAt: "2026-12-04T10:00:00Z", expectedCost: "9", charge: "7", invoice: "72" });
  await historyOrder({ companyId: acme, createdAt: "2026-11-29T13:00:00Z", expectedCost: "3.5", charge: null, status: "IN_PROGRESS", invoice: "28" });
  // Not spend: never placed, and placed 7 days and an hour ago.
  await historyOrder({ companyId: acme, createdAt: "2026-12-05T08:00:00Z", expectedCost: "50", charge: null, placed: false });
  await historyOrder({ companyId: acme, createdAt: "2026-11-28T11:00:00Z", expectedCost: "40", status: "NEEDS_REVIEW", invoice: { amount: "320", status: "PAID" } });
  await fampageSandbox().setBalance("31.50000");
  forgetPanelBalance();
});

describe("the runway", () => {
  it("is the panel balance over the last 7 days' average daily spend, the estimate counting until the charge is known", async () => {
    const runway = await loadRunway(NOW);
    expect(runway.lastWeekSpend.toString()).toBe("10.5");
    expect(runway.days).toBe(21);
  });
});

describe("the dashboard counts", () => {
  it("count active companies, open orders, orders needing review and unpaid invoices (a paid one is not)", async () => {
    expect(await getOperationsOverview()).toEqual({ activeCompanies: 1, openOrders: 1, ordersNeedingReview: 1, unpaidInvoices: 2 });
  });
});
