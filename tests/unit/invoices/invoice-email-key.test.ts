import { describe, expect, it } from "vitest";
import { invoiceEmailIdempotencyKey, type InvoiceEmailKeyInput } from "@/lib/invoices/email/invoice-email-key";

const base: InvoiceEmailKeyInput = {
  invoiceId: "cminvoice0000000000000001",
  previousEmailedAt: null,
  recipient: "Billing@Client.test",
  subject: "Invoice INV-2026-00001 from Agency",
  text: "Hello",
  html: "<p>Hello</p>",
  pdf: Buffer.from("%PDF-1.3 one"),
};

describe("invoiceEmailIdempotencyKey", () => {
  it("is the same for requests that race over the same send", () => {
    expect(invoiceEmailIdempotencyKey(base)).toBe(invoiceEmailIdempotencyKey({ ...base, pdf: Buffer.from("%PDF-1.3 one") }));
    expect(invoiceEmailIdempotencyKey(base)).toBe(invoiceEmailIdempotencyKey({ ...base, recipient: "billing@client.test" }));
  });

  it("changes once a send was recorded, so a deliberate re-send goes out", () => {
    const resend = invoiceEmailIdempotencyKey({ ...base, previousEmailedAt: new Date("2026-03-01T10:00:00Z") });
    expect(resend).not.toBe(invoiceEmailIdempotencyKey(base));
    expect(resend).toContain("/2026-03-01T10:00:00.000Z/");
  });

  it("changes with the recipient or the content, which Resend would refuse under a reused key", () => {
    const key = invoiceEmailIdempotencyKey(base);
    expect(invoiceEmailIdempotencyKey({ ...base, recipient: "other@client.test" })).not.toBe(key);
    expect(invoiceEmailIdempotencyKey({ ...base, pdf: Buffer.from("%PDF-1.3 two") })).not.toBe(key);
    expect(invoiceEmailIdempotencyKey({ ...base, text: "Hi" })).not.toBe(key);
  });

  it("stays within Resend's 256 characters", () => {
    const key = invoiceEmailIdempotencyKey({ ...base, recipient: `${"a".repeat(240)}@client.test` });
    expect(key.length).toBeLessThanOrEqual(256);
    expect(key.startsWith(`invoice-email/${base.invoiceId}/first/`)).toBe(true);
  });
});
