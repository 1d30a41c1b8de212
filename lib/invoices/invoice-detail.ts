import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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

export type InvoiceDetail = Prisma.InvoiceGetPayload<{ include: typeof detailInclude }>;

export async function getInvoiceDetail(invoiceId: string): Promise<InvoiceDetail | null> {
  return db.invoice.findUnique({ where: { id: invoiceId }, include: detailInclude });
}
