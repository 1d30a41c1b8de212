import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const detailInclude = {
  _count: { select: { orders: true, invoices: true } },
  mergedInto: { select: { id: true, name: true } },
} as const satisfies Prisma.CompanyInclude;

export type CompanyDetail = Prisma.CompanyGetPayload<{ include: typeof detailInclude }>;

/** The company with how many orders and invoices it has, or null for an unknown id. */
export async function getCompany(id: string): Promise<CompanyDetail | null> {
  return db.company.findUnique({ where: { id }, include: detailInclude });
}

/** Whether the company's history forbids a hard delete: archive it instead. */
export function hasHistory(company: CompanyDetail): boolean {
  return company._count.orders > 0 || company._count.invoices > 0;
}

const recentOrderSelect = {
  id: true,
  createdAt: true,
  serviceName: true,
  network: true,
  link: true,
  quantity: true,
  status: true,
  providerOrderId: true,
  expectedCost: true,
  charge: true,
} as const satisfies Prisma.OrderSelect;

const recentInvoiceSelect = {
  id: true,
  kind: true,
  number: true,
  issuedAt: true,
  currency: true,
  amount: true,
  status: true,
  orderId: true,
} as const satisfies Prisma.InvoiceSelect;

export type CompanyRecentOrder = Prisma.OrderGetPayload<{ select: typeof recentOrderSelect }>;
export type CompanyRecentInvoice = Prisma.InvoiceGetPayload<{ select: typeof recentInvoiceSelect }>;

/** The company's newest orders and invoices (credit notes included), newest first. */
export async function getCompanyActivity(
  companyId: string,
  limit: number,
): Promise<{ orders: CompanyRecentOrder[]; invoices: CompanyRecentInvoice[] }> {
  const [orders, invoices] = await Promise.all([
    db.order.findMany({
      where: { companyId },
      select: recentOrderSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
    db.invoice.findMany({
      where: { companyId },
      select: recentInvoiceSelect,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
  ]);
  return { orders, invoices };
}
