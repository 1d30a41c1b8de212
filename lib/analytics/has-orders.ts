import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/** Whether any order was ever placed (optionally for one company): without one, Analytics teaches instead of charting zeros. */
export async function hasPlacedOrders(companyId?: string): Promise<boolean> {
  const [row] = companyId
    ? await readRows<{ found: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM "Order" WHERE "companyId" = ${companyId} AND "providerOrderId" IS NOT NULL) AS "found"`)
    : await readRows<{ found: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM "Order" WHERE "providerOrderId" IS NOT NULL) AS "found"`);
  return row?.found ?? false;
}
