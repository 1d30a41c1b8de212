import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { renderInvoicePdf } from "@/lib/invoices/pdf/render-invoice-pdf";
import { pdfText } from "../../support/pdf-text";
import { createCompany, seedCreditNote, seedInvoice } from "./seed-invoices";

async function storedAmounts(invoiceId: string) {
  const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } });
  return { amount: invoice.amount.toString(), lines: invoice.lines.map((line) => line.amount.toString()) };
}

describe("amounts in a currency with 3 minor digits", () => {
  it("stores a KWD invoice rounded once to the fils: 1.2345 → 1.235, not 1.24", async () => {
    // 0.12345 per 1000 × 1000 units = 0.12345 cost; × 10 = 1.2345 KWD
    const { invoice } = await seedInvoice(await createCompany(), { currency: "KWD", ratePer1000: "0.12345", quantity: 1000, multiplier: "10" });

    expect(await storedAmounts(invoice.id)).toEqual({ amount: "1.235", lines: ["1.235"] });
    const text = await pdfText((await renderInvoicePdf(invoice.id))!.content);
    expect(text).toContain("KWD 1.235");
    expect(text).not.toContain("1.24");
  });

  it("stores a KWD credit note with its 3 digits", async () => {
    const { order } = await seedInvoice(await createCompany(), { currency: "KWD", ratePer1000: "0.12345", quantity: 1000, multiplier: "10" });
    // 1.2345 × 300 / 1000 = 0.37035 → 0.370 (half-up at the third digit)
    const creditNote = await seedCreditNote(order.id, 300, 1000);
    expect(await storedAmounts(creditNote.id)).toEqual({ amount: "0.37", lines: ["0.37"] });

    const { order: other } = await seedInvoice(await createCompany(), { currency: "BHD", ratePer1000: "0.12345", quantity: 1000, multiplier: "10" });
    // 1.2345 × 100 / 1000 = 0.12345 → 0.123
    expect(await storedAmounts((await seedCreditNote(other.id, 100, 1000)).id)).toEqual({ amount: "0.123", lines: ["0.123"] });
  });

  it("keeps 2-digit and 0-digit currencies exact", async () => {
    // 1.23456 × 1500 / 1000 × 8 = 14.81472 → 14.81 USD; 1481.472 → 1481 JPY
    const { invoice: usd } = await seedInvoice(await createCompany(), { currency: "USD", ratePer1000: "1.23456", quantity: 1500, multiplier: "8" });
    expect(await storedAmounts(usd.id)).toEqual({ amount: "14.81", lines: ["14.81"] });
    const { invoice: jpy } = await seedInvoice(await createCompany(), { currency: "JPY", ratePer1000: "123.456", quantity: 1500, multiplier: "8" });
    expect(await storedAmounts(jpy.id)).toEqual({ amount: "1481", lines: ["1481"] });
  });
});
