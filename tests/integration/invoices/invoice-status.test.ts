import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInvoiceDetail } from "@/lib/invoices/invoice-detail";
import { markInvoicePaid, undoInvoicePayment, voidInvoice } from "@/lib/invoices/invoice-status";
import { createCompany, seedCreditNote, seedInvoice } from "./seed-invoices";

const UNKNOWN_ID = "cunknowninvoice0000000000";

describe("payment details and undo", () => {
  it("records the day, method and reference of a payment", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    await markInvoicePaid(invoice.id, { paidOn: new Date("2026-03-02"), method: "BANK_TRANSFER", reference: "  SEPA-7781 " });

    const [payment] = (await getInvoiceDetail(invoice.id))!.payments;
    expect(payment).toMatchObject({ method: "BANK_TRANSFER", reference: "SEPA-7781", undoneAt: null });
    expect(payment?.paidOn.toISOString().slice(0, 10)).toBe("2026-03-02");
  });

  it("puts a paid invoice back to issued with a note, keeps the history, and allows paying again", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    await markInvoicePaid(invoice.id, { paidOn: new Date("2026-03-02"), method: "CARD", reference: "ch_1" });

    expect(await undoInvoicePayment(invoice.id, "The card payment bounced")).toMatchObject({ status: "ISSUED" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "ISSUED", paidAt: null });
    await expect(undoInvoicePayment(invoice.id, "again")).rejects.toThrow(`Invoice ${invoice.number} is not paid: there is no payment to undo.`);
    await expect(undoInvoicePayment(invoice.id, "  ")).rejects.toThrow("Say why the payment is taken back.");

    await markInvoicePaid(invoice.id, { paidOn: new Date("2026-03-09"), method: "BANK_TRANSFER", reference: null });
    const payments = (await getInvoiceDetail(invoice.id))!.payments;
    expect(payments.map((payment) => [payment.method, payment.undoNote])).toEqual([
      ["BANK_TRANSFER", null],
      ["CARD", "The card payment bounced"],
    ]);
  });
});

describe("markInvoicePaid", () => {
  it("moves an issued invoice to paid once, and refuses every later change", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    const paidAt = new Date("2026-03-02T10:00:00Z");

    expect(await markInvoicePaid(invoice.id, { paidOn: paidAt })).toEqual({ number: invoice.number, kind: "INVOICE", status: "PAID" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "PAID", paidAt });

    await expect(markInvoicePaid(invoice.id)).rejects.toThrow(`Invoice ${invoice.number} is already paid`);
    await expect(voidInvoice(invoice.id, "Client cancelled")).rejects.toThrow(`Invoice ${invoice.number} is already paid`);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "PAID", paidAt, voidedAt: null });
  });

  it("lets exactly one of several simultaneous clicks succeed", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    const attempts = await Promise.allSettled(Array.from({ length: 6 }, () => markInvoicePaid(invoice.id)));

    const succeeded = attempts.filter((attempt) => attempt.status === "fulfilled");
    const refused = attempts.filter((attempt) => attempt.status === "rejected");
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(5);
    for (const attempt of refused) expect(String(attempt.reason)).toContain("already paid");
  });

  it("lets only one of a simultaneous 'paid' and 'void' win", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    const [paid, voided] = await Promise.allSettled([markInvoicePaid(invoice.id), voidInvoice(invoice.id, "Duplicate")]);

    expect([paid.status, voided.status].sort()).toEqual(["fulfilled", "rejected"]);
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    if (paid.status === "fulfilled") expect(stored).toMatchObject({ status: "PAID", voidedAt: null });
    else expect(stored).toMatchObject({ status: "VOID", paidAt: null, reason: "Duplicate" });
  });

  it("says when the invoice does not exist", async () => {
    await expect(markInvoicePaid(UNKNOWN_ID)).rejects.toThrow("This invoice does not exist.");
    await expect(voidInvoice(UNKNOWN_ID, "Typo")).rejects.toThrow("This invoice does not exist.");
  });
});

describe("voidInvoice", () => {
  it("voids an issued invoice with its reason, after which it can no longer be paid", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    const voidedAt = new Date("2026-03-03T09:30:00Z");

    expect(await voidInvoice(invoice.id, "  Ordered for the wrong company  ", voidedAt)).toMatchObject({ status: "VOID" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({
      status: "VOID",
      voidedAt,
      reason: "Ordered for the wrong company",
      paidAt: null,
    });
    await expect(markInvoicePaid(invoice.id)).rejects.toThrow(`Invoice ${invoice.number} is void: only an issued one can be marked paid.`);
    await expect(voidInvoice(invoice.id, "Again")).rejects.toThrow("is void");
  });

  it("refuses a blank reason", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    await expect(voidInvoice(invoice.id, "   ")).rejects.toThrow("Say why the invoice is void.");
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "ISSUED" });
  });

  it("voids a credit note, keeping why it was issued, and only then its invoice", async () => {
    const { order, invoice } = await seedInvoice(await createCompany());
    const creditNote = await seedCreditNote(order.id, 250, 1000);

    await expect(voidInvoice(invoice.id, "Deal cancelled")).rejects.toThrow(
      `Credit note ${creditNote.number} credits this invoice: void it first.`,
    );
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "ISSUED" });

    expect(await voidInvoice(creditNote.id, "Issued in error")).toMatchObject({ kind: "CREDIT_NOTE", status: "VOID" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: creditNote.id } })).toMatchObject({
      status: "VOID",
      reason: "Partial: 250 not delivered\nVoided: Issued in error",
    });
    expect(await voidInvoice(invoice.id, "Deal cancelled")).toMatchObject({ status: "VOID" });
  });

  it("tells that a paid invoice cannot be voided, even with a credit note", async () => {
    const { order, invoice } = await seedInvoice(await createCompany());
    await seedCreditNote(order.id, 100, 1000);
    await markInvoicePaid(invoice.id);
    await expect(voidInvoice(invoice.id, "Refund all")).rejects.toThrow(
      `Invoice ${invoice.number} is already paid: only an issued one can be voided.`,
    );
  });
});

describe("getInvoiceDetail", () => {
  it("links an invoice and its credit note both ways, with company, order and lines", async () => {
    const company = await createCompany({ name: "Detail Co" });
    const { order, invoice } = await seedInvoice(company, { quantity: 2000, ratePer1000: "0.50000" });
    const creditNote = await seedCreditNote(order.id, 500, 2000);

    const detail = await getInvoiceDetail(invoice.id);
    expect(detail).toMatchObject({
      number: invoice.number,
      company: { id: company.id, name: "Detail Co" },
      order: { id: order.id, quantity: 2000 },
      creditedInvoice: null,
      creditNotes: [{ id: creditNote.id, number: creditNote.number, status: "ISSUED" }],
    });
    expect(detail?.lines).toHaveLength(1);
    expect(detail?.amount.toString()).toBe("8");

    const creditDetail = await getInvoiceDetail(creditNote.id);
    expect(creditDetail).toMatchObject({ kind: "CREDIT_NOTE", creditedInvoice: { id: invoice.id, number: invoice.number }, creditNotes: [] });
    expect(creditDetail?.amount.toString()).toBe("2");

    expect(await getInvoiceDetail(UNKNOWN_ID)).toBeNull();
  });
});
