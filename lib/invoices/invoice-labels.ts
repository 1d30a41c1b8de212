import type { InvoiceKind, InvoiceStatus } from "@/lib/generated/prisma/enums";
import { type Decimal, type DecimalInput, minorUnitDigits, toDecimal } from "@/lib/money";

export const INVOICE_KIND_TITLE: Record<InvoiceKind, string> = { INVOICE: "Invoice", CREDIT_NOTE: "Credit note" };

export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = { ISSUED: "Issued", PAID: "Paid", VOID: "Void" };

/** Amounts are stored positive; a credit note counts against the company, so lists and exports show it negative. */
export function signedInvoiceAmount(invoice: { kind: InvoiceKind; amount: DecimalInput }): Decimal {
  const amount = toDecimal(invoice.amount);
  return invoice.kind === "CREDIT_NOTE" ? amount.negated() : amount;
}

/** The exact amount as a plain decimal string with the currency's minor digits, e.g. "-12.50". */
export function exactAmountString(amount: DecimalInput, currency: string): string {
  return toDecimal(amount).toFixed(minorUnitDigits(currency));
}
