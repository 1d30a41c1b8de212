"use server";

import { emailInvoice } from "@/lib/invoices/email/email-invoice";
import { INVOICE_KIND_TITLE } from "@/lib/invoices/invoice-labels";
import { markInvoicePaid, undoInvoicePayment, voidInvoice } from "@/lib/invoices/invoice-status";
import { adminActionClient } from "./safe-action";
import { emailInvoiceSchema, markInvoicePaidSchema, undoInvoicePaymentSchema, voidInvoiceSchema } from "./invoices.validation";

export const markInvoicePaidAction = adminActionClient
  .metadata({ actionName: "markInvoicePaid" })
  .inputSchema(markInvoicePaidSchema)
  .action(async ({ parsedInput: { invoiceId, ...payment } }) => {
    const invoice = await markInvoicePaid(invoiceId, payment);
    const done = invoice.kind === "CREDIT_NOTE" ? "marked refunded" : "marked paid";
    return { message: `${INVOICE_KIND_TITLE[invoice.kind]} ${invoice.number} ${done}.` };
  });

export const undoInvoicePaymentAction = adminActionClient
  .metadata({ actionName: "undoInvoicePayment" })
  .inputSchema(undoInvoicePaymentSchema)
  .action(async ({ parsedInput }) => {
    const invoice = await undoInvoicePayment(parsedInput.invoiceId, parsedInput.note);
    return { message: `${INVOICE_KIND_TITLE[invoice.kind]} ${invoice.number} is issued again; the payment is kept as undone.` };
  });

export const voidInvoiceAction = adminActionClient
  .metadata({ actionName: "voidInvoice" })
  .inputSchema(voidInvoiceSchema)
  .action(async ({ parsedInput }) => {
    const invoice = await voidInvoice(parsedInput.invoiceId, parsedInput.reason);
    return { message: `${INVOICE_KIND_TITLE[invoice.kind]} ${invoice.number} is now void.` };
  });

export const emailInvoiceAction = adminActionClient
  .metadata({ actionName: "emailInvoice" })
  .inputSchema(emailInvoiceSchema)
  .action(async ({ parsedInput }) => {
    const sent = await emailInvoice(parsedInput.invoiceId, { to: parsedInput.to || undefined });
    return { message: `${sent.number} e-mailed to ${sent.to}.` };
  });
