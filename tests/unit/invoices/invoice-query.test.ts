import { describe, expect, it } from "vitest";
import { invoiceFiltersFrom, invoiceSortFrom } from "@/lib/invoices/invoice-query";

describe("invoiceFiltersFrom", () => {
  it("reads every filter from the query string", () => {
    expect(
      invoiceFiltersFrom({
        company: "cmcompany0000000000000001",
        kind: "CREDIT_NOTE",
        status: "PAID",
        from: "2026-01-31",
        to: "2026-02-01",
        q: "  inv-2026 ",
      }),
    ).toEqual({
      companyId: "cmcompany0000000000000001",
      kind: "CREDIT_NOTE",
      status: "PAID",
      issuedFrom: new Date("2026-01-31T00:00:00Z"),
      issuedTo: new Date("2026-02-01T00:00:00Z"),
      numberSearch: "inv-2026",
    });
  });

  it("drops what makes no sense instead of failing", () => {
    expect(
      invoiceFiltersFrom({
        company: "'; drop table",
        kind: "RECEIPT",
        status: "paid",
        from: "31/01/2026",
        to: "2026-02-31x",
        q: "   ",
      }),
    ).toEqual({});
    expect(invoiceFiltersFrom({ q: "x".repeat(41) })).toEqual({});
  });

  it("takes the first of repeated parameters", () => {
    expect(invoiceFiltersFrom({ kind: ["INVOICE", "CREDIT_NOTE"] })).toEqual({ kind: "INVOICE" });
  });
});

describe("invoiceSortFrom", () => {
  it("allows issuedAt, amount and number, newest first by default", () => {
    expect(invoiceSortFrom({})).toEqual({ field: "issuedAt", direction: "desc" });
    expect(invoiceSortFrom({ sort: "amount", dir: "asc" })).toEqual({ field: "amount", direction: "asc" });
    expect(invoiceSortFrom({ sort: "providerCost", dir: "sideways" })).toEqual({ field: "issuedAt", direction: "desc" });
  });
});
