import "server-only";
import { db } from "@/lib/db";

/** What the orders list can be filtered by: every company, and the services that have orders. */
export async function orderFilterChoices() {
  const [companies, services] = await Promise.all([
    db.company.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.order.findMany({ distinct: ["serviceId"], select: { serviceId: true, serviceName: true }, orderBy: { serviceId: "asc" } }),
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
