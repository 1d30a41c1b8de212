import { db } from "@/lib/db";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings";
import { INVOICE_KIND_TITLE, INVOICE_STATUS_LABEL } from "../invoice-labels";

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

function present(...values: (string | null | undefined)[]): string[] {
  return values.map((value) => value?.trim()).filter((value): value is string => Boolean(value));
}

export async function loadInvoicePdfData(invoiceId: string): Promise<InvoicePdfData | null> {
  const [invoice, settings] = await Promise.all([
    db.invoice.findUnique({
      where: { id: invoiceId },
      include: { company: true, lines: { orderBy: { position: "asc" } }, creditedInvoice: { select: { number: true } } },
    }),
    getSettings(),
  ]);
  if (!invoice) return null;
  const { company, currency } = invoice;
  const isCreditNote = invoice.kind === "CREDIT_NOTE";

  const facts = [
    { label: "Number", value: invoice.number },
    { label: "Issue date", value: formatDate(invoice.issuedAt) },
    ...(invoice.creditedInvoice ? [{ label: "Credits invoice", value: invoice.creditedInvoice.number }] : []),
    { label: "Status", value: INVOICE_STATUS_LABEL[invoice.status] },
    ...(invoice.paidAt ? [{ label: isCreditNote ? "Refunded on" : "Paid on", value: formatDate(invoice.paidAt) }] : []),
    ...(invoice.voidedAt ? [{ label: "Voided on", value: formatDate(invoice.voidedAt) }] : []),
  ];

  return {
    title: INVOICE_KIND_TITLE[invoice.kind],
    number: invoice.number,
    status: invoice.status,
    facts,
    agency: {
      name: settings.agencyName,
      lines: present(...(settings.agencyAddress ?? "").split(/\r?\n/), settings.agencyEmail, taxIdLine(settings.agencyTaxId)),
    },
    billTo: {
      name: company.name,
      lines: present(
        company.legalName !== company.name ? company.legalName : null,
        company.addressLine1,
        company.addressLine2,
        present(company.postalCode, company.city).join(" "),
        company.country,
        taxIdLine(company.taxId),
        company.contactEmail,
      ),
    },
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: quantityFormat.format(line.quantity),
      unitPrice: formatMoney(line.unitPrice, currency, { exact: true }),
      amount: formatMoney(line.amount, currency, { exact: true }),
    })),
    totalLabel: isCreditNote ? "Total credited" : "Total",
    total: formatMoney(invoice.amount, currency, { exact: true }),
    note: isCreditNote ? (invoice.reason ?? undefined) : undefined,
    footer: settings.invoiceFooter?.trim() || undefined,
    createdAt: invoice.issuedAt,
    modifiedAt: invoice.voidedAt ?? invoice.paidAt ?? undefined,
  };
}

function taxIdLine(taxId: string | null): string | undefined {
  return taxId?.trim() ? `Tax ID: ${taxId.trim()}` : undefined;
}
