import "server-only";
import { db } from "@/lib/db";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { formatMoney, formatProviderMoney } from "@/lib/money";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";
import { INVOICE_KIND_TITLE, INVOICE_STATUS_LABEL } from "../invoice-labels";
import { readInvoiceSnapshots } from "../invoice-snapshots";
import { billToLines, present, taxIdLine } from "../party-lines";

export type PdfParty = { name: string; lines: string[] };

/** Everything the PDF shows, already formatted: the document only lays it out. */
export type InvoicePdfData = {
  title: string;
  number: string;
  status: InvoiceStatus;
  facts: { label: string; value: string }[];
  agency: PdfParty;
  billTo: PdfParty;
  lines: { description: string; quantity: string; unitPrice: string; amount: string }[];
  totalLabel: string;
  total: string;
  note: string | undefined;
  footer: string | undefined;
  /** Fixed from the invoice, so the same invoice in the same state renders to the same bytes. */
  createdAt: Date;
  modifiedAt: Date | undefined;
};

const quantityFormat = new Intl.NumberFormat("en-US");

/**
 * The document as it was issued: the agency and the company come from the
 * invoice's own snapshots, never from today's Settings or company row.
 */
export async function loadInvoicePdfData(invoiceId: string): Promise<InvoicePdfData | null> {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    include: { lines: { orderBy: { position: "asc" } }, creditedInvoice: { select: { number: true } } },
  });
  if (!invoice) return null;
  const { issuer, billTo } = readInvoiceSnapshots(invoice);
  // Dates are days in the agency's timezone, like everywhere in the console.
  const timeZone = await agencyTimeZone();
  const { currency } = invoice;
  const isCreditNote = invoice.kind === "CREDIT_NOTE";

  const facts = [
    { label: "Number", value: invoice.number },
    { label: "Issue date", value: formatDate(invoice.issuedAt, timeZone) },
    ...(invoice.creditedInvoice ? [{ label: "Credits invoice", value: invoice.creditedInvoice.number }] : []),
    { label: "Status", value: INVOICE_STATUS_LABEL[invoice.status] },
    ...(invoice.paidAt ? [{ label: isCreditNote ? "Refunded on" : "Paid on", value: formatDate(invoice.paidAt, timeZone) }] : []),
    ...(invoice.voidedAt ? [{ label: "Voided on", value: formatDate(invoice.voidedAt, timeZone) }] : []),
  ];

  return {
    title: INVOICE_KIND_TITLE[invoice.kind],
    number: invoice.number,
    status: invoice.status,
    facts,
    agency: {
      name: issuer.name,
      lines: present(...(issuer.address ?? "").split(/\r?\n/), issuer.email, taxIdLine(issuer.taxId)),
    },
    billTo: { name: billTo.name, lines: billToLines(billTo) },
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: quantityFormat.format(line.quantity),
      unitPrice: formatProviderMoney(line.unitPrice, currency),
      amount: formatMoney(line.amount, currency),
    })),
    totalLabel: isCreditNote ? "Total credited" : "Total",
    total: formatMoney(invoice.amount, currency),
    note: isCreditNote ? (invoice.reason ?? undefined) : undefined,
    footer: issuer.footer?.trim() || undefined,
    createdAt: invoice.issuedAt,
    modifiedAt: invoice.voidedAt ?? invoice.paidAt ?? undefined,
  };
}
