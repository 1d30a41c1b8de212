import { describe, expect, it } from "vitest";
import { getCompanyTotals } from "@/lib/companies/company-totals";
import { createCompany } from "@/lib/companies/save-company";
import { updateSettings } from "@/lib/settings";
import { companyInput, createInvoice, createOrder } from "./fixtures";

describe("company totals", () => {
  it("are zero in the settings' currency for a company without history", async () => {
    const company = await createCompany(companyInput({ name: "Quiet" }));
    const totals = await getCompanyTotals(company.id);
    expect(totals.spend.isZero() && totals.billed.isZero() && totals.profit.isZero()).toBe(true);
    expect(totals.currency).toBe("USD");
  });

  it("count placed orders at their charge (else expected cost), net credit notes, skip void documents", async () => {
    const company = await createCompany(companyInput({ name: "Busy" }));
    // Placed, not charged yet: its expected cost counts.
    const uncharged = await createOrder(company.id, { expectedCost: "1.23456" });
    // Placed and charged: the panel's charge wins over the expected cost.
    const charged = await createOrder(company.id, { expectedCost: "2.00000", charge: "1.50001", status: "PARTIAL" });
    // 0.1 + 0.2 is where binary floating point shows.
    const small = await createOrder(company.id, { expectedCost: "0.10000", charge: "0.20000", status: "COMPLETED" });
    // Never placed: cost nothing, whatever it expected.
    await createOrder(company.id, { placed: false, expectedCost: "9.99999" });

    await createInvoice(uncharged, { amount: "9.88" });
    await createInvoice(uncharged, { kind: "CREDIT_NOTE", amount: "1.00", status: "VOID" });
    await createInvoice(charged, { amount: "16.00", status: "PAID" });
    await createInvoice(charged, { kind: "CREDIT_NOTE", amount: "4.00" });
    await createInvoice(small, { amount: "0.10", status: "VOID" });

    // Another company's history stays out of these totals.
    const other = await createCompany(companyInput({ name: "Other" }));
    await createInvoice(await createOrder(other.id, { charge: "5.00000" }), { amount: "40.00" });

    const totals = await getCompanyTotals(company.id);
    expect(totals.spend.toString()).toBe("2.93457");
    expect(totals.billed.toString()).toBe("21.88");
    expect(totals.profit.toString()).toBe("18.94543");
  });

  it("report the currency set in the settings", async () => {
    await updateSettings({ currency: "EUR" });
    const company = await createCompany(companyInput({ name: "Euro client" }));
    expect((await getCompanyTotals(company.id)).currency).toBe("EUR");
    await updateSettings({ currency: "USD" });
  });
});
