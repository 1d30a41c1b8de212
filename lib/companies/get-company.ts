import "server-only";
import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export type CompanyDetail = Prisma.CompanyGetPayload<{
  include: { _count: { select: { orders: true; invoices: true } }; mergedInto: { select: { id: true; name: true } } };
}>;

/**
 * The company with how many orders and invoices it has, or null for an unknown id. One
 * statement straight to the pool: the company page reads it on every view.
 */
export async function getCompany(id: string): Promise<CompanyDetail | null> {
  const [company] = await readRows<CompanyDetail>(Prisma.sql`SELECT c.*,
      json_build_object(
        'orders', (SELECT count(*)::int FROM "Order" o WHERE o."companyId" = c."id"),
        'invoices', (SELECT count(*)::int FROM "Invoice" i WHERE i."companyId" = c."id")
      ) AS "_count",
      (SELECT json_build_object('id', m."id", 'name', m."name") FROM "Company" m WHERE m."id" = c."mergedIntoId") AS "mergedInto"
    FROM "Company" c WHERE c."id" = ${id}`);
  return company ?? null;
}

/** Whether the company's history forbids a hard delete: archive it instead. */
export function hasHistory(company: CompanyDetail): boolean {
  return company._count.orders > 0 || company._count.invoices > 0;
}

export type CompanyRecentOrder = Pick<
  Prisma.OrderGetPayload<object>,
  "id" | "createdAt" | "serviceName" | "network" | "link" | "quantity" | "status" | "providerOrderId" | "expectedCost" | "charge"
>;
export type CompanyRecentInvoice = Pick<Prisma.InvoiceGetPayload<object>, "id" | "kind" | "number" | "issuedAt" | "currency" | "amount" | "status" | "orderId">;

/** The company's newest orders and invoices (credit notes included), newest first, by the (companyId, date) indexes. */
export async function getCompanyActivity(
  companyId: string,
  limit: number,
): Promise<{ orders: CompanyRecentOrder[]; invoices: CompanyRecentInvoice[] }> {
  const [orders, invoices] = await Promise.all([
    readRows<CompanyRecentOrder>(Prisma.sql`SELECT "id", "createdAt", "serviceName", "network", "link", "quantity", "status",
        "providerOrderId", "expectedCost", "charge"
      FROM "Order" WHERE "companyId" = ${companyId} ORDER BY "createdAt" DESC, "id" DESC LIMIT ${limit}`),
    readRows<CompanyRecentInvoice>(Prisma.sql`SELECT "id", "kind", "number", "issuedAt", "currency", "amount", "status", "orderId"
      FROM "Invoice" WHERE "companyId" = ${companyId} ORDER BY "issuedAt" DESC, "id" DESC LIMIT ${limit}`),
  ]);
  return { orders, invoices };
}
