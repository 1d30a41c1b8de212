import { db } from "@/lib/db";
import { destinationChoices } from "@/lib/destinations";

/** The destinations and (active) companies an automation can be pointed at. */
export async function automationFormChoices(): Promise<{ destinations: { id: string; label: string }[]; companies: { id: string; label: string }[] }> {
  const [destinations, companies] = await Promise.all([
    destinationChoices(),
    db.company.findMany({ where: { status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  return { destinations, companies: companies.map((company) => ({ id: company.id, label: company.name })) };
}
