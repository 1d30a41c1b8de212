import type { Company } from "@/lib/generated/prisma/client";
import type { GhlContact } from "@/lib/providers/ghl";
import { withLocationApi } from "./ghl-calls";

/** Every company added to the agency CRM carries it, so the agency can filter its clients there. */
const CLIENT_TAG = "social-scale-client";

export type CrmCompany = Pick<Company, "id" | "contactName" | "contactEmail" | "phone">;

/** The contact's first and last name from the company's contact person; GoHighLevel wants both. */
export function namesOf(contactName: string | null): { firstName: string; lastName: string } {
  const [firstName, ...rest] = (contactName ?? "").trim().split(/\s+/).filter(Boolean);
  return { firstName: firstName ?? "Client", lastName: rest.join(" ") || "Contact" };
}

/** The upsert matches on e-mail or phone: a company with neither cannot be found again. */
export function hasContactKey(company: CrmCompany): boolean {
  return Boolean(company.contactEmail || company.phone);
}

/**
 * Creates the company's contact in the agency's own CRM sub-account, or updates the one with
 * the same e-mail (or phone), so a repeat never adds a second contact.
 */
export async function upsertCompanyCrmContact(company: CrmCompany, crmLocationId: string): Promise<GhlContact & { created: boolean }> {
  return withLocationApi(crmLocationId, (api) =>
    api.upsertContact(
      {
        locationId: crmLocationId,
        ...namesOf(company.contactName),
        ...(company.contactEmail ? { email: company.contactEmail } : {}),
        ...(company.phone ? { phone: company.phone } : {}),
        tags: [CLIENT_TAG],
      },
      { companyId: company.id },
    ),
  );
}
