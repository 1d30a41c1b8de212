import { describe, expect, it } from "vitest";
import { emailInvoiceSchema, invoiceIdSchema, voidInvoiceSchema } from "@/actions/invoices.validation";

const invoiceId = "cminvoice0000000000000001";

describe("invoice action schemas", () => {
  it("accepts an invoice id and refuses anything else with a clear message", () => {
    expect(invoiceIdSchema.parse(invoiceId)).toBe(invoiceId);
    const refused = invoiceIdSchema.safeParse("../etc/passwd");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain("malformed");
  });

  it("needs a void reason of 3 to 500 characters", () => {
    expect(voidInvoiceSchema.parse({ invoiceId, reason: "  Duplicate order  " })).toEqual({ invoiceId, reason: "Duplicate order" });
    expect(voidInvoiceSchema.safeParse({ invoiceId, reason: " x " }).error?.issues[0]?.message).toContain("Say why");
    expect(voidInvoiceSchema.safeParse({ invoiceId, reason: "x".repeat(501) }).success).toBe(false);
  });

  it("takes an optional recipient, which must be an e-mail address", () => {
    expect(emailInvoiceSchema.parse({ invoiceId })).toEqual({ invoiceId });
    expect(emailInvoiceSchema.parse({ invoiceId, to: "" })).toEqual({ invoiceId, to: "" });
    expect(emailInvoiceSchema.parse({ invoiceId, to: "a@b.test" })).toEqual({ invoiceId, to: "a@b.test" });
    expect(emailInvoiceSchema.safeParse({ invoiceId, to: "not an address" }).success).toBe(false);
  });
});
