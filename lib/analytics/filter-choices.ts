import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export type ServiceChoice = { id: number; name: string };

/** The services that have orders (found through the index on Order.serviceId): a company's analytics filters by these only. */
export function analyticsServiceChoices(): Promise<ServiceChoice[]> {
  return readRows<ServiceChoice>(Prisma.sql`SELECT s."id", s."name" FROM "Service" s
    WHERE EXISTS (SELECT 1 FROM "Order" o WHERE o."serviceId" = s."id") ORDER BY s."id"`);
}

/** What Analytics can be filtered by: every company, and the services that have orders. */
export async function analyticsFilterChoices() {
  const [companies, services] = await Promise.all([
    readRows<{ id: string; name: string }>(Prisma.sql`SELECT "id", "name" FROM "Company" ORDER BY "name"`),
    analyticsServiceChoices(),
  ]);
  return { companies, services };
}
