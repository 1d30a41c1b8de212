import { z } from "zod";
import type { Tx } from "@/lib/db-types";
import type { AppSettings, Company } from "@/lib/generated/prisma/client";

/**
 * What an issued invoice or credit note shows of the agency and of the company it
 * bills, copied when it is issued (Invoice.issuer, Invoice.billTo). Editing the
 * Settings or the company afterwards never changes a document already issued.
 * The keys are also written by the migration that introduced them
 * (prisma/migrations/*_invoice_snapshots): change both together.
 */
export const issuerSnapshotSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  taxId: z.string().nullable(),
  footer: z.string().nullable(),
});
export type IssuerSnapshot = z.infer<typeof issuerSnapshotSchema>;

export const billToSnapshotSchema = z.object({
  name: z.string(),
  legalName: z.string().nullable(),
  addressLine1: z.string().nullable(),
  addressLine2: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
  taxId: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
});
export type BillToSnapshot = z.infer<typeof billToSnapshotSchema>;

export type InvoiceSnapshots = { issuer: IssuerSnapshot; billTo: BillToSnapshot };

export function issuerSnapshot(settings: AppSettings): IssuerSnapshot {
  return {
    name: settings.agencyName,
    email: settings.agencyEmail,
    address: settings.agencyAddress,
    taxId: settings.agencyTaxId,
    footer: settings.invoiceFooter,
  };
}

export function billToSnapshot(company: Company): BillToSnapshot {
  return {
    name: company.name,
    legalName: company.legalName,
    addressLine1: company.addressLine1,
    addressLine2: company.addressLine2,
    city: company.city,
    postalCode: company.postalCode,
    country: company.country,
    taxId: company.taxId,
    contactName: company.contactName,
    contactEmail: company.contactEmail,
  };
}

/**
 * The agency settings and the company as the issuing transaction sees them (the
 * settings row is created by a migration).
 */
export async function snapshotsAtIssue(tx: Tx, companyId: string): Promise<InvoiceSnapshots> {
  const settings = await tx.appSettings.findUniqueOrThrow({ where: { id: 1 } });
  const company = await tx.company.findUniqueOrThrow({ where: { id: companyId } });
  return { issuer: issuerSnapshot(settings), billTo: billToSnapshot(company) };
}

/** The stored snapshots, checked: a row without them (written outside lib/invoices) is refused, never rendered blank. */
export function readInvoiceSnapshots(invoice: { number: string; issuer: unknown; billTo: unknown }): InvoiceSnapshots {
  const issuer = issuerSnapshotSchema.safeParse(invoice.issuer);
  const billTo = billToSnapshotSchema.safeParse(invoice.billTo);
  if (!issuer.success || !billTo.success) {
    const which = [issuer.success ? null : "issuer", billTo.success ? null : "bill-to"].filter(Boolean).join(" and ");
    throw new Error(`Invoice ${invoice.number} has no valid ${which} snapshot.`);
  }
  return { issuer: issuer.data, billTo: billTo.data };
}
