import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { listOrders, orderFiltersFrom } from "@/lib/orders/list-orders";
import { historyOrder, seedServices } from "../analytics/analytics-fixtures";

const firstPage = { page: 1, pageSize: 25, skip: 0 };
const listed = async (params: Record<string, string>) => (await listOrders(orderFiltersFrom(params), firstPage)).items;

let acme: string;
let beta: string;

beforeAll(async () => {
  await seedServices();
  acme = (await db.company.create({ data: { name: "Acme" } })).id;
  beta = (await db.company.create({ data: { name: "Beta" } })).id;
  await historyOrder({ companyId: acme, createdAt: "2026-11-01T10:00:00Z", link: "https://instagram.com/acme_100%", expectedCost: "1.5", invoice: "12.345" });
  await historyOrder({ companyId: beta, createdAt: "2026-11-02T10:00:00Z", expectedCost: "3", charge: "1.5", status: "PARTIAL", invoice: "24", creditNote: "12" });
  await historyOrder({ companyId: acme, createdAt: "2026-11-03T10:00:00Z", expectedCost: "2", charge: null, status: "IN_PROGRESS", invoice: "16" });
  await historyOrder({ companyId: beta, createdAt: "2026-11-04T10:00:00Z", expectedCost: "5", charge: null, placed: false });
});

afterEach(() => {
  delete process.env.TZ;
});

describe("the orders list", () => {
  it("lists the newest first with their company and documents, amounts exact", async () => {
    const [failed, open, partial, first] = await listed({});
    expect([failed, open, partial, first].map((order) => [order!.company.name, order!.status])).toEqual([
      ["Beta", "FAILED"],
      ["Acme", "IN_PROGRESS"],
      ["Beta", "PARTIAL"],
      ["Acme", "COMPLETED"],
    ]);
    expect(failed!.invoices).toEqual([]);
    expect(partial!.invoices.map((document) => [document.kind, document.amount.toString(), document.status])).toEqual([
      ["INVOICE", "24", "ISSUED"],
      ["CREDIT_NOTE", "12", "ISSUED"],
    ]);
    expect(first!.invoices[0]!.amount).toBeInstanceOf(Prisma.Decimal);
    expect(first!.invoices[0]!.amount.toString()).toBe("12.345");
    expect(first!.expectedCost.toString()).toBe("1.5");
    expect(first!.createdAt.toISOString()).toBe("2026-11-01T10:00:00.000Z");
    expect(open!.charge).toBeNull();
  });

  it("filters by company, open status and a link fragment taken literally, and sorts by cost", async () => {
    expect((await listed({ companyId: beta })).map((order) => order.status)).toEqual(["FAILED", "PARTIAL"]);
    expect((await listed({ status: "OPEN" })).map((order) => order.status)).toEqual(["IN_PROGRESS"]);
    expect((await listed({ link: "ACME_100%" })).map((order) => order.link)).toEqual(["https://instagram.com/acme_100%"]);
    expect((await listed({ link: "acme_1000" })).length).toBe(0);
    expect((await listed({ sort: "expectedCost", dir: "asc" })).map((order) => order.expectedCost.toString())).toEqual(["1.5", "2", "3", "5"]);
  });
});

describe("reads sent straight to the pool", () => {
  it("give what Prisma gives: the same instants whatever the server's timezone, decimals as Prisma.Decimal", async () => {
    process.env.TZ = "Asia/Tokyo";
    const [direct] = await readRows<{ createdAt: Date; expectedCost: Prisma.Decimal }>(
      Prisma.sql`SELECT "createdAt", "expectedCost" FROM "Order" WHERE "companyId" = ${acme} ORDER BY "createdAt" LIMIT 1`,
    );
    const viaPrisma = await db.order.findFirstOrThrow({ where: { companyId: acme }, orderBy: { createdAt: "asc" } });
    expect(direct!.createdAt.toISOString()).toBe(viaPrisma.createdAt.toISOString());
    expect(direct!.expectedCost).toBeInstanceOf(Prisma.Decimal);
    expect(direct!.expectedCost.equals(viaPrisma.expectedCost)).toBe(true);
  });
});
