import { db } from "@/lib/db";
import { destinationChoices } from "@/lib/destinations";
import { type CrmAvailability, ghlCrmAvailability } from "@/lib/ghl/crm-availability";

export type AutomationFormChoices = {
  destinations: { id: string; label: string }[];
  companies: { id: string; label: string }[];
  /** Whether a data sync can target the agency's GoHighLevel CRM. */
  crm: CrmAvailability;
};

/** The destinations, (active) companies and CRM an automation can be pointed at. */
export async function automationFormChoices(): Promise<AutomationFormChoices> {
  const [destinations, companies, crm] = await Promise.all([
    destinationChoices(),
    db.company.findMany({ where: { status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    ghlCrmAvailability(),
  ]);
  return { destinations, companies: companies.map((company) => ({ id: company.id, label: company.name })), crm };
}
