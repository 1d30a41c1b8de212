import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { UserFacingError } from "@/lib/errors";
import type { Invoice, PaymentMethod } from "@/lib/generated/prisma/client";
import { InvoiceNotFoundError } from "./errors";
import { INVOICE_KIND_TITLE } from "./invoice-labels";

type StatusChange = { number: string; kind: Invoice["kind"]; status: Invoice["status"] };

export type PaymentDetails = {
  /** The day the payment was made; `paidAt` records it. */
  paidOn: Date;
  method: PaymentMethod;
  reference: string | null;
};

/**
 * Issued → paid, recording the payment's day, method and reference. The update only
 * matches an issued invoice, so of two clicks (or two tabs) exactly one succeeds and
 * the other is told what happened.
 */
export async function markInvoicePaid(invoiceId: string, payment: Partial<PaymentDetails> = {}): Promise<StatusChange> {
  const paidOn = payment.paidOn ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.invoice.updateMany({
      where: { id: invoiceId, status: "ISSUED" },
      data: { status: "PAID", paidAt: paidOn },
    });
    if (count === 0) throw await refusal(tx, invoiceId, "marked paid");
    await tx.invoicePayment.create({
      data: { invoiceId, paidOn, method: payment.method ?? "OTHER", reference: payment.reference?.trim() || null },
    });
    return tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { number: true, kind: true, status: true } });
  });
}

/**
 * Paid → issued again, when a payment was recorded by mistake or bounced. The payment
 * row stays, marked undone with the note, so the document's history is never lost.
 */
export async function undoInvoicePayment(invoiceId: string, note: string, undoneAt = new Date()): Promise<StatusChange> {
  const undoNote = note.trim();
  if (!undoNote) throw new UserFacingError("Say why the payment is taken back.");
  return db.$transaction(async (tx) => {
    const { count } = await tx.invoice.updateMany({
      where: { id: invoiceId, status: "PAID" },
      data: { status: "ISSUED", paidAt: null },
    });
    if (count === 0) {
      const current = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { number: true, kind: true, status: true } });
      if (!current) throw new InvoiceNotFoundError();
      throw new UserFacingError(`${INVOICE_KIND_TITLE[current.kind]} ${current.number} is not paid: there is no payment to undo.`);
    }
    await tx.invoicePayment.updateMany({ where: { invoiceId, undoneAt: null }, data: { undoneAt, undoNote } });
    return tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { number: true, kind: true, status: true } });
  });
}


/**
 * Issued → void, for invoices and credit notes alike. An invoice whose credit note
 * still counts cannot be voided: the credit note would then credit nothing.
 *
 * The invoice row is locked first, as issueCreditNote locks it before deciding:
 * a credit note being issued makes this wait and then see it (refused), and a
 * void that gets the lock first is seen by issueCreditNote (no credit note). Without
 * the lock, the credit-note check could read before that credit note committed.
 * The order row is locked before the invoice, in the order every other writer takes them
 * (a status sync locks its orders, then issues credit notes): voiding changes the order's
 * revenue (a database trigger), and the opposite order could deadlock with a sync.
 */
export async function voidInvoice(invoiceId: string, reason: string, voidedAt = new Date()): Promise<StatusChange> {
  const voidReason = reason.trim();
  if (!voidReason) throw new UserFacingError("Say why the invoice is void.");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT o."id" FROM "Order" o JOIN "Invoice" i ON i."orderId" = o."id" WHERE i."id" = ${invoiceId} FOR UPDATE OF o`;
    await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "id" = ${invoiceId} FOR UPDATE`;
    const invoice = await tx.invoice.findUnique({
      where: { id: invoiceId },
      select: { status: true, reason: true, creditNotes: { where: { status: { not: "VOID" } }, select: { number: true } } },
    });
    if (!invoice) throw new InvoiceNotFoundError();
    if (invoice.status !== "ISSUED") throw await refusal(tx, invoiceId, "voided");
    const [creditNote] = invoice.creditNotes;
    if (creditNote) throw new UserFacingError(`Credit note ${creditNote.number} credits this invoice: void it first.`);

    const { count } = await tx.invoice.updateMany({
      where: { id: invoiceId, status: "ISSUED", creditNotes: { none: { status: { not: "VOID" } } } },
      // A credit note already carries the reason it was issued; the void reason is added, not swapped in.
      data: { status: "VOID", voidedAt, reason: invoice.reason ? `${invoice.reason}\nVoided: ${voidReason}` : voidReason },
    });
    if (count === 0) throw await refusal(tx, invoiceId, "voided");
    return tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { number: true, kind: true, status: true } });
  });
}

/** Why a status change matched nothing: the invoice is gone or no longer issued. */
async function refusal(client: Pick<Tx, "invoice">, invoiceId: string, change: "marked paid" | "voided"): Promise<UserFacingError> {
  const current = await client.invoice.findUnique({ where: { id: invoiceId }, select: { number: true, kind: true, status: true } });
  if (!current) return new InvoiceNotFoundError();
  const what = `${INVOICE_KIND_TITLE[current.kind]} ${current.number}`;
  if (current.status === "ISSUED") return new UserFacingError(`${what} changed meanwhile. Reload the page and try again.`);
  const state = current.status === "PAID" ? "already paid" : "void";
  return new UserFacingError(`${what} is ${state}: only an issued one can be ${change}.`);
}
