import "server-only";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the orders list can be filtered by: every company, and the services that have orders.
 * The services are found from the catalog side (one index probe per service), never by
 * reading every order for its distinct service.
 */
export async function orderFilterChoices() {
  const [companies, services] = await Promise.all([
    readRows<{ id: string; name: string }>(Prisma.sql`SELECT "id", "name" FROM "Company" ORDER BY "name"`),
    readRows<{ serviceId: number; serviceName: string }>(Prisma.sql`SELECT s."id" AS "serviceId", s."name" AS "serviceName" FROM "Service" s
      WHERE EXISTS (SELECT 1 FROM "Order" o WHERE o."serviceId" = s."id") ORDER BY s."id"`),
  ]);
  return { companies, services };
}

/** What the order form offers: active companies and the panel's active services. */
export async function orderFormChoices() {
  const [companies, services] = await Promise.all([
    db.company.findMany({ where: { status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.service.findMany({ where: { active: true }, orderBy: [{ network: "asc" }, { category: "asc" }, { name: "asc" }] }),
  ]);
  return { companies, services };
}
