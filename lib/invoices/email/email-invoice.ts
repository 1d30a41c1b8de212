import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";
import { sendMail } from "@/lib/mail/send-mail";
import { isProviderError, type ProviderError } from "@/lib/providers/core";
import { InvoiceNotFoundError } from "../errors";
import { INVOICE_KIND_TITLE } from "../invoice-labels";
import { loadInvoicePdfData } from "../pdf/invoice-pdf-data";
import { invoicePdfFilename, renderInvoiceDocument } from "../pdf/render-invoice-pdf";
import { invoiceEmailIdempotencyKey } from "./invoice-email-key";
import { invoiceEmailMessage } from "./invoice-email-message";

export type EmailedInvoice = { number: string; to: string; messageId: string; emailedAt: Date };

/**
 * Sends the invoice or credit note as a PDF attachment, to the company's contact
 * unless `to` is given, and records the send on the invoice. What is sent (the
 * PDF, the agency's name in the subject and signature) is the document as issued,
 * from its snapshots; who receives it is the company's contact as it is today.
 */
export async function emailInvoice(invoiceId: string, options: { to?: string } = {}): Promise<EmailedInvoice> {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      kind: true,
      number: true,
      status: true,
      issuedAt: true,
      companyId: true,
      orderId: true,
      emailedAt: true,
      company: { select: { name: true, contactName: true, contactEmail: true } },
      creditedInvoice: { select: { number: true } },
    },
  });
  if (!invoice) throw new InvoiceNotFoundError();
  const what = `${INVOICE_KIND_TITLE[invoice.kind]} ${invoice.number}`;
  if (invoice.status === "VOID") throw new UserFacingError(`${what} is void: a void document is not sent.`);
  const to = options.to?.trim() || invoice.company.contactEmail?.trim();
  if (!to) {
    throw new UserFacingError(`${invoice.company.name} has no contact e-mail address: add one to the company first.`);
  }

  const data = await loadInvoicePdfData(invoiceId);
  if (!data) throw new InvoiceNotFoundError();
  const pdf = await renderInvoiceDocument(data);
  const message = invoiceEmailMessage({
    agencyName: data.agency.name,
    recipientName: invoice.company.contactName?.trim() || invoice.company.name,
    title: data.title,
    number: data.number,
    total: data.total,
    issuedOn: formatDate(invoice.issuedAt, await agencyTimeZone()),
    creditedInvoiceNumber: invoice.creditedInvoice?.number,
  });

  let sent: { id: string };
  try {
    sent = await sendMail({
      to,
      ...message,
      attachments: [{ filename: invoicePdfFilename(invoice.number), content: pdf }],
      idempotencyKey: invoiceEmailIdempotencyKey({
        invoiceId,
        previousEmailedAt: invoice.emailedAt,
        recipient: to,
        ...message,
        pdf,
      }),
      context: { companyId: invoice.companyId, orderId: invoice.orderId },
    });
  } catch (error) {
    if (isProviderError(error)) throw sendFailure(error);
    throw error;
  }

  const emailedAt = new Date();
  await db.invoice.update({ where: { id: invoiceId }, data: { emailedAt, emailedTo: to, emailMessageId: sent.id } });
  return { number: invoice.number, to, messageId: sent.id, emailedAt };
}

function sendFailure(error: ProviderError): UserFacingError {
  if (error.kind === "invalid_request") return new UserFacingError(`The e-mail service refused this e-mail: ${error.message}`);
  if (error.kind === "auth") return new UserFacingError("The e-mail service refused the API key. Check RESEND_API_KEY.");
  return new UserFacingError("The e-mail service could not be reached. Try again in a moment: a retry will not send it twice.");
}
