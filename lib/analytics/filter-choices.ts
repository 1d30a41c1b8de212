import { db } from "@/lib/db";

/** What Analytics can be filtered by: every company, and the services that have orders (found through the index on Order.serviceId). */
export async function analyticsFilterChoices() {
  const [companies, services] = await Promise.all([
    db.company.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.$queryRaw<{ id: number; name: string }[]>`SELECT s."id", s."name" FROM "Service" s
      WHERE EXISTS (SELECT 1 FROM "Order" o WHERE o."serviceId" = s."id") ORDER BY s."id"`,
  ]);
  return { companies, services };
}
