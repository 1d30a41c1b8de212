import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/** What Analytics can be filtered by: every company, and the services that have orders (found through the index on Order.serviceId). */
export async function analyticsFilterChoices() {
  const [companies, services] = await Promise.all([
    readRows<{ id: string; name: string }>(Prisma.sql`SELECT "id", "name" FROM "Company" ORDER BY "name"`),
    readRows<{ id: number; name: string }>(Prisma.sql`SELECT s."id", s."name" FROM "Service" s
      WHERE EXISTS (SELECT 1 FROM "Order" o WHERE o."serviceId" = s."id") ORDER BY s."id"`),
  ]);
  return { companies, services };
}
