import "server-only";
import { db } from "@/lib/db";
import type { InvoicePayment, Prisma } from "@/lib/generated/prisma/client";
import { type BillToSnapshot, readInvoiceSnapshots } from "./invoice-snapshots";

const detailInclude = {
  company: {
    select: {
      id: true,
      name: true,
      legalName: true,
      contactName: true,
      contactEmail: true,
      addressLine1: true,
      addressLine2: true,
      postalCode: true,
      city: true,
      country: true,
      taxId: true,
    },
  },
  order: {
    select: {
      id: true,
      serviceName: true,
      serviceId: true,
      link: true,
      quantity: true,
      status: true,
      providerOrderId: true,
      placedAt: true,
    },
  },
  lines: { orderBy: { position: "asc" } },
  creditedInvoice: { select: { id: true, number: true, status: true, amount: true, currency: true } },
  creditNotes: {
    select: { id: true, number: true, status: true, amount: true, currency: true, issuedAt: true },
    orderBy: { issuedAt: "asc" },
  },
} satisfies Prisma.InvoiceInclude;

export type InvoiceDetail = Prisma.InvoiceGetPayload<{ include: typeof detailInclude }> & {
  /** The company as it was billed (the PDF's "Bill to"), not as it is today. */
  billedTo: BillToSnapshot;
  /** Recorded payments, newest first, undone ones included. */
  payments: InvoicePayment[];
};

export async function getInvoiceDetail(invoiceId: string): Promise<InvoiceDetail | null> {
  const [invoice, payments] = await Promise.all([
    db.invoice.findUnique({ where: { id: invoiceId }, include: detailInclude }),
    db.invoicePayment.findMany({ where: { invoiceId }, orderBy: { recordedAt: "desc" } }),
  ]);
  if (!invoice) return null;
  return { ...invoice, billedTo: readInvoiceSnapshots(invoice).billTo, payments };
}
