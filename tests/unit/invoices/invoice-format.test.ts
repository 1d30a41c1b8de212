import { describe, expect, it } from "vitest";
import { exactAmountString, signedInvoiceAmount } from "@/lib/invoices/invoice-labels";
import { invoicePdfFilename } from "@/lib/invoices/pdf/render-invoice-pdf";
import { invoiceWordBreaks } from "@/lib/invoices/pdf/line-breaks";

describe("signedInvoiceAmount and exactAmountString", () => {
  it("shows credit notes negative, with the currency's exact minor digits", () => {
    expect(exactAmountString(signedInvoiceAmount({ kind: "INVOICE", amount: "12.5" }), "USD")).toBe("12.50");
    expect(exactAmountString(signedInvoiceAmount({ kind: "CREDIT_NOTE", amount: "0.1" }), "USD")).toBe("-0.10");
    expect(exactAmountString("1200", "JPY")).toBe("1200");
    expect(exactAmountString("1.234", "KWD")).toBe("1.234");
    // Far beyond a double's precision: still exact.
    expect(exactAmountString("1234567890123456.78", "USD")).toBe("1234567890123456.78");
  });
});

describe("invoiceWordBreaks", () => {
  it("keeps ordinary words and short links whole", () => {
    expect(invoiceWordBreaks("Followers")).toEqual(["Followers"]);
    expect(invoiceWordBreaks("https://instagram.com/northwind")).toEqual(["https://instagram.com/northwind"]);
  });

  it("lets a long link wrap at its separators, in pieces of at most 40 characters", () => {
    const link = `https://instagram.com/${"a".repeat(50)}?igsh=abc&x=1`;
    const parts = invoiceWordBreaks(link);
    expect(parts.join("")).toBe(link);
    expect(parts[0]).toBe("https://");
    expect(parts).toContain("instagram.");
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(40);
  });
});

describe("invoicePdfFilename", () => {
  it("names the file after the number, keeping the header safe", () => {
    expect(invoicePdfFilename("INV-2026-00042")).toBe("INV-2026-00042.pdf");
    expect(invoicePdfFilename('CN"2026\r\n')).toBe("CN_2026__.pdf");
  });
});
