import { describe, expect, it } from "vitest";
import { readInvoiceSnapshots } from "@/lib/invoices/invoice-snapshots";

const issuer = { name: "Scale Partners", email: "billing@scale.test", address: "1 Growth St\nLondon", taxId: null, footer: null };
const billTo = {
  name: "Acme",
  legalName: null,
  addressLine1: "1 Road",
  addressLine2: null,
  city: "Leeds",
  postalCode: "LS1 1AA",
  country: "UK",
  taxId: null,
  contactName: null,
  contactEmail: "ann@acme.test",
};

describe("readInvoiceSnapshots", () => {
  it("reads the snapshots stored on an invoice", () => {
    expect(readInvoiceSnapshots({ number: "INV-2026-00001", issuer, billTo })).toEqual({ issuer, billTo });
  });

  it("refuses empty or incomplete snapshots, naming the invoice and what is wrong", () => {
    expect(() => readInvoiceSnapshots({ number: "INV-2026-00002", issuer: {}, billTo: {} })).toThrow(
      "Invoice INV-2026-00002 has no valid issuer and bill-to snapshot.",
    );
    const { name: _name, ...nameless } = billTo;
    expect(() => readInvoiceSnapshots({ number: "CN-2026-00003", issuer, billTo: nameless })).toThrow(
      "Invoice CN-2026-00003 has no valid bill-to snapshot.",
    );
    expect(() => readInvoiceSnapshots({ number: "INV-2026-00004", issuer: null, billTo })).toThrow(
      "Invoice INV-2026-00004 has no valid issuer snapshot.",
    );
  });
});
