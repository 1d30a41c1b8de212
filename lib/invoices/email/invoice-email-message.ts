import { escapeHtml } from "@/lib/mail/escape-html";

export type InvoiceEmailInput = {
  agencyName: string;
  recipientName: string;
  title: string;
  number: string;
  total: string;
  issuedOn: string;
  creditedInvoiceNumber: string | undefined;
};

export function invoiceEmailMessage(input: InvoiceEmailInput) {
  const document = `${input.title.toLowerCase()} ${input.number}`;
  const credits = input.creditedInvoiceNumber ? `, crediting invoice ${input.creditedInvoiceNumber}` : "";
  const summary = `Please find attached ${document}, issued on ${input.issuedOn}, for ${input.total}${credits}.`;
  return {
    subject: `${input.title} ${input.number} from ${input.agencyName}`,
    text: [`Hello ${input.recipientName},`, "", summary, "", "Kind regards,", input.agencyName].join("\n"),
    html: `<p>Hello ${escapeHtml(input.recipientName)},</p>
<p>${escapeHtml(summary)}</p>
<p>Kind regards,<br>${escapeHtml(input.agencyName)}</p>`,
  };
}
