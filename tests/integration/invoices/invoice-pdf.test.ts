import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Company } from "@/lib/generated/prisma/client";
import { markInvoicePaid, voidInvoice } from "@/lib/invoices/invoice-status";
import { renderInvoicePdf } from "@/lib/invoices/pdf/render-invoice-pdf";
import { updateSettings } from "@/lib/settings";
import { pdfText } from "../../support/pdf-text";
import { createCompany, seedCreditNote, seedInvoice } from "./seed-invoices";

// The route's session check is the only thing replaced: everything behind it is real.
const auth = vi.hoisted(() => vi.fn<() => Promise<unknown>>());
vi.mock("@/lib/auth/next-auth", () => ({ auth }));
const { GET } = await import("@/app/api/invoices/[id]/pdf/route");

const signedIn = { user: { id: "admin-1", email: "owner@agency.test", name: "Owner" } };
let company: Company;

beforeAll(async () => {
  await updateSettings({
    agencyName: "Scale Partners Ltd",
    agencyEmail: "billing@scalepartners.test",
    agencyAddress: "1 Growth Street\nLondon EC1A 1AA",
    agencyTaxId: "GB999888777",
    invoiceFooter: "Payable within 14 days to IBAN GB00 TEST 0000 0000.",
  });
  company = await createCompany({ name: "Acme & Sons", legalName: "Acme and Sons Trading LLC", taxId: "US-44-1234567" });
});

beforeEach(() => {
  auth.mockReset();
});

describe("renderInvoicePdf", () => {
  it("renders agency, company, lines, totals, number, dates and status", async () => {
    const { invoice } = await seedInvoice(company, { quantity: 1500, ratePer1000: "1.23456", multiplier: "8" });
    const pdf = await renderInvoicePdf(invoice.id);
    if (!pdf) throw new Error("no PDF");

    expect(pdf.filename).toBe(`${invoice.number}.pdf`);
    expect(pdf.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(pdf.content);
    // 1.23456 × 1500 / 1000 = 1.85184; × 8 = 14.81472 → 14.81; unit price 14.81 / 1500 = 0.00987
    for (const expected of [
      "Invoice",
      invoice.number,
      "Scale Partners Ltd",
      "1 Growth Street",
      "London EC1A 1AA",
      "Tax ID: GB999888777",
      "BILL TO",
      "Acme & Sons",
      "Acme and Sons Trading LLC",
      "Tax ID: US-44-1234567",
      company.contactEmail ?? "missing contact",
      "Instagram Followers [Real] (service #4242) for https://instagram.com/northwind",
      "1,500",
      "$0.00987",
      "$14.81",
      "Issue date",
      "Issued",
      "Payable within 14 days to IBAN GB00 TEST 0000 0000.",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("PAID");
    expect(text).not.toContain("VOID");
    // The agency's cost and markup are internal: never on the client's document.
    expect(text).not.toContain("1.85184");
  });

  it("stamps a paid invoice PAID and a void one VOID", async () => {
    const { invoice: paid } = await seedInvoice(company);
    await markInvoicePaid(paid.id, { paidOn: new Date("2026-04-05T12:00:00Z") });
    const paidText = await pdfText((await renderInvoicePdf(paid.id))!.content);
    expect(paidText).toContain("PAID");
    expect(paidText).toContain("Paid on");
    expect(paidText).toContain("5 Apr 2026");

    const { invoice: voided } = await seedInvoice(company);
    await voidInvoice(voided.id, "Wrong link");
    const voidText = await pdfText((await renderInvoicePdf(voided.id))!.content);
    expect(voidText).toContain("VOID");
    expect(voidText).toContain("Voided on");
  });

  it("titles a credit note and names the invoice it credits", async () => {
    const { order, invoice } = await seedInvoice(company, { quantity: 1000, ratePer1000: "2.00000" });
    const creditNote = await seedCreditNote(order.id, 400, 1000);
    const pdf = await renderInvoicePdf(creditNote.id);
    if (!pdf) throw new Error("no PDF");

    expect(pdf.filename).toBe(`${creditNote.number}.pdf`);
    const text = await pdfText(pdf.content);
    expect(text).toContain("Credit note");
    expect(text).toContain(creditNote.number);
    expect(text).toContain("Credits invoice");
    expect(text).toContain(invoice.number);
    expect(text).toContain("Total credited");
    expect(text).toContain("$6.40"); // 2.00 × 1000/1000 × 8 × 400/1000
  });

  it("renders the same bytes for the same invoice in the same state", async () => {
    const { invoice } = await seedInvoice(company);
    const first = await renderInvoicePdf(invoice.id);
    const second = await renderInvoicePdf(invoice.id);
    expect(first && second && Buffer.compare(first.content, second.content)).toBe(0);
  });

  it("prints names in any script with embedded fonts, and replaces what no font has with one mark", async () => {
    const global = await createCompany({
      name: "Ōsaka Trading 株式会社 🚀",
      legalName: "Αθήνα Μέσα Ε.Π.Ε. / ООО «Москва Медиа» / Café Zürich Łódź",
      addressLine1: "東京都渋谷区神南1-2-3",
      city: "Kraków",
    });
    const { invoice } = await seedInvoice(global, { quantity: 1000, ratePer1000: "1", multiplier: "2" });
    const pdf = await renderInvoicePdf(invoice.id);
    if (!pdf) throw new Error("no PDF");

    const text = await pdfText(pdf.content);
    for (const expected of ["Ōsaka Trading 株式会社", "Αθήνα Μέσα Ε.Π.Ε.", "ООО «Москва Медиа»", "Café Zürich Łódź", "東京都渋谷区神南1-2-3", "Kraków"]) {
      expect(text).toContain(expected);
    }
    // No embedded font has the emoji: one clean mark in its place, never a garbled glyph.
    expect(text).toContain("株式会社 \u25a1");
    expect(text).not.toContain("🚀");
    // The fonts travel inside the file: a viewer without them prints the same.
    expect(pdf.content.toString("latin1")).toMatch(/\/FontFile2/);
  });

  it("wraps a long name inside its column instead of running into the next one", async () => {
    const longName = "Internationale Handelsgesellschaft für Soziale Medien und Wachstumsmarketing mbH & Co. KG Niederlassung Nord";
    const wordy = await createCompany({ name: longName });
    const { invoice } = await seedInvoice(wordy, { quantity: 1000, ratePer1000: "1", multiplier: "2" });
    const pdf = await renderInvoicePdf(invoice.id);
    if (!pdf) throw new Error("no PDF");

    const { getDocumentProxy } = await import("unpdf");
    const document = await getDocumentProxy(new Uint8Array(pdf.content));
    const page = await document.getPage(1);
    const { width } = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.filter((item) => "str" in item && item.str.trim() !== "") as {
      str: string;
      transform: number[];
      width: number;
    }[];
    const nameParts = items.filter((item) => longName.includes(item.str.trim()) && item.str.trim().length > 3);
    // Several lines, each inside the "Bill to" block (55% of the text width, from the left margin).
    expect(new Set(nameParts.map((item) => Math.round(item.transform[5] ?? 0))).size).toBeGreaterThan(1);
    const blockRight = 48 + (width - 96) * 0.55;
    for (const part of nameParts) expect((part.transform[4] ?? 0) + part.width).toBeLessThanOrEqual(blockRight + 1);
  });

  it("answers null for an unknown invoice", async () => {
    expect(await renderInvoicePdf("cunknowninvoice0000000000")).toBeNull();
  });
});

describe("GET /api/invoices/[id]/pdf", () => {
  const call = (id: string) =>
    GET(new Request(`http://localhost/api/invoices/${id}/pdf`), { params: Promise.resolve({ id }) });

  it("refuses without a session, before looking anything up", async () => {
    auth.mockResolvedValue(null);
    const { invoice } = await seedInvoice(company);
    const response = await call(invoice.id);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).not.toContain("pdf");
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    auth.mockResolvedValue(signedIn);
    expect((await call("../../etc/passwd")).status).toBe(400);
    expect((await call("cunknowninvoice0000000000")).status).toBe(404);
  });

  it("sends the PDF as an attachment named after the number", async () => {
    auth.mockResolvedValue(signedIn);
    const { invoice } = await seedInvoice(company);
    const response = await call(invoice.id);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(await pdfText(new Uint8Array(await response.arrayBuffer()))).toContain(invoice.number);
  });
});
