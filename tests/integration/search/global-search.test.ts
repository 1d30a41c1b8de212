import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { globalSearch, RESULTS_PER_KIND } from "@/lib/search/global-search";
import { companyInput, createInvoice, createOrder } from "../companies/fixtures";

let orderNumber: number;

beforeAll(async () => {
  const harbour = await db.company.create({ data: companyInput({ name: "Harbour Lights Café", contactEmail: "hi@harbour.test" }) });
  await db.company.create({ data: companyInput({ name: "Quiet Meadow" }) });
  for (let index = 0; index < RESULTS_PER_KIND + 3; index++) await db.company.create({ data: companyInput({ name: `Lantern Works ${index}` }) });
  const order = await createOrder(harbour.id);
  await db.order.update({ where: { id: order.id }, data: { link: "https://instagram.com/harbourlights.cafe" } });
  orderNumber = order.providerOrderId!;
  await createInvoice(order, { amount: "9.88" });
});

describe("global search", () => {
  it("finds companies by any part of their name, whatever the case", async () => {
    const results = await globalSearch("LIGHTS caf");
    expect(results.filter((result) => result.kind === "company").map((result) => result.title)).toEqual(["Harbour Lights Café"]);
    expect(results[0]?.href).toMatch(/^\/companies\/c/);
  });

  it("finds an order by its panel order number (with or without #) and by its link", async () => {
    for (const query of [String(orderNumber), `#${orderNumber}`, "harbourlights.cafe"]) {
      const orders = (await globalSearch(query)).filter((result) => result.kind === "order");
      expect(orders.map((result) => result.title), query).toEqual([`Order #${orderNumber}`]);
      expect(orders[0]?.href).toMatch(/^\/orders\//);
    }
  });

  it("finds invoices by number and links to their page", async () => {
    const invoice = await db.invoice.findFirstOrThrow({ where: { order: { providerOrderId: orderNumber } } });
    const results = (await globalSearch(invoice.number.slice(-5).toLowerCase())).filter((result) => result.kind === "invoice");
    expect(results.map((result) => result.href)).toContain(`/invoices/${invoice.id}`);
  });

  it("limits each kind of result", async () => {
    const companies = (await globalSearch("lantern works")).filter((result) => result.kind === "company");
    expect(companies).toHaveLength(RESULTS_PER_KIND);
  });

  it("leaves merged companies out", async () => {
    const kept = await db.company.findFirstOrThrow({ where: { name: "Quiet Meadow" } });
    await db.company.create({ data: { ...companyInput({ name: "Quiet Meadow Ltd" }), status: "ARCHIVED", mergedIntoId: kept.id } });
    expect((await globalSearch("quiet meadow")).map((result) => result.title)).toEqual(["Quiet Meadow"]);
  });

  it("matches company names and invoice numbers through their trigram indexes", async () => {
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const company = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "Company" WHERE name ILIKE '%lights%'`);
      const invoice = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "Invoice" WHERE number ILIKE '%00001%'`);
      return [company, invoice].map((rows) => rows.map((row) => row["QUERY PLAN"]).join("\n"));
    });
    expect(plans[0]).toContain("Company_name_trgm_idx");
    expect(plans[1]).toContain("Invoice_number_trgm_idx");
  });
});
