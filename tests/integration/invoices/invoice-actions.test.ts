import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { sandboxMailsTo } from "../../support/sandbox-mail";
import { createCompany, seedInvoice } from "./seed-invoices";

const auth = vi.hoisted(() => vi.fn<() => Promise<unknown>>());
vi.mock("@/lib/auth/next-auth", () => ({ auth }));
const { emailInvoiceAction, markInvoicePaidAction, undoInvoicePaymentAction, voidInvoiceAction } = await import("@/actions/invoices");

beforeEach(() => {
  auth.mockReset();
  auth.mockResolvedValue({ user: { id: "admin-1", email: "owner@agency.test", name: "Owner" } });
});

describe("invoice actions", () => {
  it("refuse without a session and change nothing", async () => {
    auth.mockResolvedValue(null);
    const { invoice } = await seedInvoice(await createCompany());
    expect(await markInvoicePaidAction({ invoiceId: invoice.id, paidOn: "2026-03-02", method: "CARD" })).toEqual({
      serverError: "Your session has ended. Sign in again.",
    });
    expect(await voidInvoiceAction({ invoiceId: invoice.id, reason: "Duplicate" })).toMatchObject({ serverError: expect.any(String) });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "ISSUED" });
  });

  it("mark paid and void, answering with a message, and explain refusals", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    expect(await markInvoicePaidAction({ invoiceId: invoice.id, paidOn: "2026-03-02", method: "BANK_TRANSFER", reference: "SEPA-1" })).toEqual({
      data: { message: `Invoice ${invoice.number} marked paid.` },
    });
    expect(await voidInvoiceAction({ invoiceId: invoice.id, reason: "Duplicate" })).toEqual({
      serverError: `Invoice ${invoice.number} is already paid: only an issued one can be voided.`,
    });

    const { invoice: other } = await seedInvoice(await createCompany());
    expect(await voidInvoiceAction({ invoiceId: other.id, reason: "Duplicate" })).toEqual({
      data: { message: `Invoice ${other.number} is now void.` },
    });
  });

  it("undo a payment with a note, back to issued", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    await markInvoicePaidAction({ invoiceId: invoice.id, paidOn: "2026-03-02", method: "CARD" });
    expect(await undoInvoicePaymentAction({ invoiceId: invoice.id, note: "Chargeback from the bank" })).toEqual({
      data: { message: `Invoice ${invoice.number} is issued again; the payment is kept as undone.` },
    });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "ISSUED", paidAt: null });
    expect((await undoInvoicePaymentAction({ invoiceId: invoice.id, note: "x" })).validationErrors?.fieldErrors.note).toEqual([
      "Say why the payment is taken back (at least 3 characters).",
    ]);
  });

  it("answer bad input with field messages, never a crash", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    const shortReason = await voidInvoiceAction({ invoiceId: invoice.id, reason: "x" });
    expect(shortReason.validationErrors?.fieldErrors.reason?.[0]).toContain("Say why the invoice is void");
    const badId = await markInvoicePaidAction({ invoiceId: "<script>", paidOn: "2026-03-02", method: "CARD" });
    expect(badId.validationErrors?.fieldErrors.invoiceId?.[0]).toContain("malformed");
    const badPayment = await markInvoicePaidAction({ invoiceId: invoice.id, paidOn: "2999-01-01", method: "GOLD" as "CARD" });
    expect(badPayment.validationErrors?.fieldErrors).toMatchObject({
      paidOn: ["The payment day cannot be in the future."],
      method: ["Choose how it was paid."],
    });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "ISSUED" });
  });

  it("e-mail the invoice, or say why it cannot be sent", async () => {
    const company = await createCompany();
    const { invoice } = await seedInvoice(company);
    expect(await emailInvoiceAction({ invoiceId: invoice.id })).toEqual({
      data: { message: `${invoice.number} e-mailed to ${company.contactEmail}.` },
    });
    expect(await sandboxMailsTo(company.contactEmail!)).toHaveLength(1);

    const { invoice: unsendable } = await seedInvoice(await createCompany({ name: "Quiet Ltd", contactEmail: null }));
    expect(await emailInvoiceAction({ invoiceId: unsendable.id })).toEqual({
      serverError: "Quiet Ltd has no contact e-mail address: add one to the company first.",
    });
  });
});
