import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Company, Invoice } from "@/lib/generated/prisma/client";
import { type InvoiceFilters, invoiceFiltersFrom, type InvoiceSort } from "@/lib/invoices/invoice-query";
import { invoicesCsv } from "@/lib/invoices/invoices-csv";
import { markInvoicePaid } from "@/lib/invoices/invoice-status";
import { listInvoicedCompanies, listInvoices } from "@/lib/invoices/list-invoices";
import { createCompany, seedCreditNote, seedInvoice } from "./seed-invoices";

const auth = vi.hoisted(() => vi.fn<() => Promise<unknown>>());
vi.mock("@/lib/auth/next-auth", () => ({ auth }));
const { GET: exportCsv } = await import("@/app/api/invoices/export/route");

const byDate: InvoiceSort = { field: "issuedAt", direction: "asc" };
const firstPage = { page: 1, pageSize: 100, skip: 0 };

let tricky: Company;
let plain: Company;
let march: Invoice;
let april: Invoice;
let may: Invoice;
let credit: Invoice;

async function issuedOn(invoice: Invoice, day: string): Promise<Invoice> {
  return db.invoice.update({ where: { id: invoice.id }, data: { issuedAt: new Date(`${day}T12:00:00Z`) } });
}

const numbers = async (filters: InvoiceFilters, sort = byDate) =>
  (await listInvoices({ filters, sort, pagination: firstPage })).items.map((item) => item.number);

beforeAll(async () => {
  tricky = await createCompany({ name: '=HYPERLINK("http://evil.test"), "Quotes" & Co' });
  plain = await createCompany({ name: "Plain Company" });
  await createCompany({ name: "Never Invoiced" });
  // Amounts: 1 000 × 1.00 / 1000 × 8 = 8.00; 3 000 × 0.40 / 1000 × 8 = 9.60; 250 × 12.34567 / 1000 × 8 = 24.69
  march = await issuedOn((await seedInvoice(tricky)).invoice, "2026-03-10");
  const aprilSeed = await seedInvoice(plain, { quantity: 3000, ratePer1000: "0.40000" });
  april = await issuedOn(aprilSeed.invoice, "2026-04-30");
  may = await issuedOn((await seedInvoice(plain, { quantity: 250, ratePer1000: "12.34567" })).invoice, "2026-05-01");
  credit = await issuedOn(await seedCreditNote(aprilSeed.order.id, 1000, 3000), "2026-05-02");
  await markInvoicePaid(march.id);
});

beforeEach(() => {
  auth.mockReset();
});

describe("listInvoices", () => {
  it("lists everything, credit notes included, in the chosen order", async () => {
    expect(await numbers({})).toEqual([march.number, april.number, may.number, credit.number]);
    expect(await numbers({}, { field: "amount", direction: "desc" })).toEqual([may.number, april.number, march.number, credit.number]);
    expect(await numbers({}, { field: "number", direction: "asc" })).toEqual([credit.number, march.number, april.number, may.number]);
  });

  it("filters by company, kind, status and number", async () => {
    expect(await numbers({ companyId: plain.id })).toEqual([april.number, may.number, credit.number]);
    expect(await numbers({ kind: "CREDIT_NOTE" })).toEqual([credit.number]);
    expect(await numbers({ kind: "INVOICE", status: "ISSUED" })).toEqual([april.number, may.number]);
    expect(await numbers({ status: "PAID" })).toEqual([march.number]);
    expect(await numbers({ numberSearch: may.number.toLowerCase().slice(-6) })).toEqual([may.number]);
    expect(await numbers({ numberSearch: "cn-" })).toEqual([credit.number]);
  });

  it("includes both ends of an issued-date range, whole UTC days", async () => {
    const range = invoiceFiltersFrom({ from: "2026-04-30", to: "2026-05-01" });
    expect(await numbers(range)).toEqual([april.number, may.number]);
    expect(await numbers(invoiceFiltersFrom({ from: "2026-05-02" }))).toEqual([credit.number]);
    expect(await numbers(invoiceFiltersFrom({ to: "2026-03-10" }))).toEqual([march.number]);
  });

  it("pages without repeating or skipping rows", async () => {
    const page = (n: number) => listInvoices({ filters: {}, sort: byDate, pagination: { page: n, pageSize: 3, skip: (n - 1) * 3 } });
    const [one, two] = await Promise.all([page(1), page(2)]);
    expect(one).toMatchObject({ total: 4, pageCount: 2, page: 1 });
    expect([...one.items, ...two.items].map((item) => item.number)).toEqual([march.number, april.number, may.number, credit.number]);
    expect(two.items[0]).toMatchObject({ kind: "CREDIT_NOTE", creditedInvoice: { number: april.number } });
  });

  it("offers only companies that have invoices as a filter", async () => {
    expect((await listInvoicedCompanies()).map((company) => company.name)).toEqual([tricky.name, "Plain Company"]);
  });
});

const csvText = async (chunks: AsyncIterable<string>) => {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
};

describe("invoicesCsv", () => {
  it("exports exact amounts, credit notes negative, with spreadsheet-safe cells", async () => {
    const lines = (await csvText(invoicesCsv({}, byDate))).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "number,kind,status,issued_at_utc,company,company_id,order_id,credited_invoice,currency,amount,provider_cost,multiplier,paid_at_utc,voided_at_utc,reason,emailed_at_utc,emailed_to",
    );
    expect(lines).toHaveLength(5);
    // The formula is defused with an apostrophe; quotes are doubled inside a quoted cell.
    expect(lines[1]).toContain(`${march.number},Invoice,Paid,2026-03-10T12:00:00.000Z,"'=HYPERLINK(""http://evil.test""), ""Quotes"" & Co",${tricky.id}`);
    expect(lines[1]).toContain(",USD,8.00,1.00000,8,");
    expect(lines[3]).toContain(`${may.number},Invoice,Issued,2026-05-01T12:00:00.000Z,Plain Company`);
    expect(lines[3]).toContain(",USD,24.69,3.08642,8,");
    expect(lines[4]).toContain(`${credit.number},Credit note,Issued,2026-05-02T12:00:00.000Z,Plain Company`);
    expect(lines[4]).toContain(`,${april.number},USD,-3.20,0.40000,8,`);
    expect(lines[4]).toContain("Partial: 1000 not delivered");
  });

  it("exports only what the filters select", async () => {
    const csv = await csvText(invoicesCsv({ companyId: plain.id, kind: "INVOICE" }, { field: "amount", direction: "desc" }));
    const rows = csv.trimEnd().split("\r\n").slice(1);
    expect(rows.map((row) => row.split(",")[0])).toEqual([may.number, april.number]);
  });
});

describe("GET /api/invoices/export", () => {
  it("refuses without a session", async () => {
    auth.mockResolvedValue(null);
    const response = await exportCsv(new Request("http://localhost/api/invoices/export"));
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(march.number);
  });

  it("downloads the filtered list as a dated CSV file, ignoring nonsense parameters", async () => {
    auth.mockResolvedValue({ user: { id: "admin-1", email: "owner@agency.test", name: "Owner" } });
    const response = await exportCsv(
      new Request(`http://localhost/api/invoices/export?company=${plain.id}&kind=CREDIT_NOTE&status=bogus&from=not-a-date&sort=id'--`),
    );

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="invoices-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The UTF-8 byte order mark, so Excel reads accented and CJK names right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes).trimEnd().split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(credit.number);
  });
});
