import "server-only";
import { toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { toDecimal } from "@/lib/money";
import type { InvoiceFilters, InvoiceSort } from "./invoice-query";
import { exactAmountString, INVOICE_KIND_TITLE, INVOICE_STATUS_LABEL, signedInvoiceAmount } from "./invoice-labels";
import { invoiceOrderBy, invoiceWhere } from "./list-invoices";

const HEADER = [
  "Number",
  "Kind",
  "Status",
  "Issued at (UTC)",
  "Company",
  "Company ID",
  "Order ID",
  "Credited invoice",
  "Currency",
  "Amount",
  "Provider cost",
  "Multiplier",
  "Paid at (UTC)",
  "Voided at (UTC)",
  "Reason",
  "E-mailed at (UTC)",
  "E-mailed to",
] as const;

/**
 * Every invoice matching the list's filters, in the list's order. Amounts are exact
 * decimal strings (credit notes negative), so a spreadsheet's sum is the balance.
 */
export async function invoicesCsv(filters: InvoiceFilters, sort: InvoiceSort): Promise<string> {
  const invoices = await db.invoice.findMany({
    where: invoiceWhere(filters),
    orderBy: invoiceOrderBy(sort),
    include: {
      company: { select: { name: true } },
      creditedInvoice: { select: { number: true } },
    },
  });
  const rows = invoices.map((invoice) => [
    invoice.number,
    INVOICE_KIND_TITLE[invoice.kind],
    INVOICE_STATUS_LABEL[invoice.status],
    invoice.issuedAt,
    invoice.company.name,
    invoice.companyId,
    invoice.orderId,
    invoice.creditedInvoice?.number,
    invoice.currency,
    exactAmountString(signedInvoiceAmount(invoice), invoice.currency),
    toDecimal(invoice.providerCost).toFixed(5),
    toDecimal(invoice.multiplier).toString(),
    invoice.paidAt,
    invoice.voidedAt,
    invoice.reason,
    invoice.emailedAt,
    invoice.emailedTo,
  ]);
  return toCsv(HEADER, rows);
}

export function invoicesCsvFilename(today: Date): string {
  return `invoices-${today.toISOString().slice(0, 10)}.csv`;
}
