import type { BillToSnapshot } from "./invoice-snapshots";

/** The non-blank values, trimmed, in order. */
export function present(...values: (string | null | undefined)[]): string[] {
  return values.map((value) => value?.trim()).filter((value): value is string => Boolean(value));
}

export function taxIdLine(taxId: string | null): string | undefined {
  return taxId?.trim() ? `Tax ID: ${taxId.trim()}` : undefined;
}

/** The company as billed, line by line under its name: the PDF and the invoice page show the same. */
export function billToLines(billTo: BillToSnapshot): string[] {
  return present(
    billTo.legalName !== billTo.name ? billTo.legalName : null,
    billTo.addressLine1,
    billTo.addressLine2,
    present(billTo.postalCode, billTo.city).join(" "),
    billTo.country,
    taxIdLine(billTo.taxId),
    billTo.contactEmail,
  );
}
