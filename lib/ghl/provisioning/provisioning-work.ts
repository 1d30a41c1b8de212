import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Company, GhlSubaccount } from "@/lib/generated/prisma/client";
import { ghlClient } from "@/lib/providers/app-clients";
import { type CreateGhlLocationInput, isGhlTwoFactorRequired } from "@/lib/providers/ghl";
import { hasContactKey, namesOf, upsertCompanyCrmContact } from "../crm-contact";
import { withAgencyApi } from "../ghl-calls";
import type { StepOutcome } from "./step-runner";

async function companyOf(subaccount: GhlSubaccount): Promise<Company> {
  return db.company.findUniqueOrThrow({ where: { id: subaccount.companyId } });
}

/** The company's details in GoHighLevel's terms; the prospect e-mail is what finds the sub-account again. */
function locationInput(company: Company, ghlCompanyId: string, userEmail: string): CreateGhlLocationInput {
  const address = [company.addressLine1, company.addressLine2].filter(Boolean).join(", ");
  const country = company.country?.trim().toUpperCase();
  return {
    name: company.name,
    companyId: ghlCompanyId,
    ...(company.phone ? { phone: company.phone } : {}),
    ...(address ? { address } : {}),
    ...(company.city ? { city: company.city } : {}),
    ...(company.postalCode ? { postalCode: company.postalCode } : {}),
    ...(country && /^[A-Z]{2}$/.test(country) ? { country } : {}),
    ...(company.website ? { website: company.website } : {}),
    prospectInfo: { ...namesOf(company.contactName), email: userEmail },
  };
}

/** Looks for a sub-account made by an earlier, interrupted try before creating one; stores its id at once. */
export async function ensureLocation(subaccount: GhlSubaccount): Promise<StepOutcome> {
  if (subaccount.locationId !== null) return { outcome: "done", detail: `Sub-account ${subaccount.locationId}.` };
  const company = await companyOf(subaccount);
  const locationId = await withAgencyApi(async (api, token) => {
    const [found] = await api.searchLocations({ companyId: token.ghlCompanyId, email: subaccount.userEmail });
    if (found !== undefined) return found.id;
    const created = await api.createLocation(locationInput(company, token.ghlCompanyId, subaccount.userEmail), { companyId: company.id });
    return created.id;
  });
  await db.ghlSubaccount.update({ where: { companyId: subaccount.companyId }, data: { locationId } });
  return { outcome: "done", detail: `Sub-account ${locationId}.` };
}

/** Looks the admin user up by its e-mail before creating it (with the company's own generated password). */
export async function ensureSubaccountUser(subaccount: GhlSubaccount): Promise<StepOutcome> {
  if (subaccount.userId !== null) return { outcome: "done", detail: `User ${subaccount.userEmail}.` };
  const { locationId } = subaccount;
  if (locationId === null) throw new Error("The sub-account step has not stored a location id.");
  const userId = await withAgencyApi(async (api, token) => {
    const matches = await api.searchUsers({ companyId: token.ghlCompanyId, query: subaccount.userEmail });
    const found = matches.find((user) => user.email.toLowerCase() === subaccount.userEmail);
    if (found !== undefined) return found.id;
    const created = await api.createUser(
      {
        companyId: token.ghlCompanyId,
        firstName: "Social Scale",
        lastName: "Operations",
        email: subaccount.userEmail,
        password: decryptSecret(subaccount.password),
        locationIds: [locationId],
      },
      { companyId: subaccount.companyId },
    );
    return created.id;
  });
  await db.ghlSubaccount.update({ where: { companyId: subaccount.companyId }, data: { userId } });
  return { outcome: "done", detail: `User ${subaccount.userEmail}.` };
}

/** Signs in as the sub-account user and keeps the firebase token sealed; a 2FA demand needs a person. */
export async function signInSubaccountUser(subaccount: GhlSubaccount): Promise<StepOutcome> {
  let session;
  try {
    session = await ghlClient().authenticateSubaccountUser(
      { email: subaccount.userEmail, password: decryptSecret(subaccount.password) },
      { companyId: subaccount.companyId },
    );
  } catch (error) {
    if (!isGhlTwoFactorRequired(error)) throw error;
    const detail = `Needs manual verification: ${error.message}`;
    await db.ghlSubaccount.update({ where: { companyId: subaccount.companyId }, data: { status: "NEEDS_VERIFICATION" } });
    return { outcome: "needs_verification", detail };
  }
  const now = new Date();
  await db.ghlSubaccount.update({
    where: { companyId: subaccount.companyId },
    data: {
      firebaseToken: encryptSecret(session.firebaseToken),
      firebaseTokenIssuedAt: now,
      firebaseTokenExpiresAt: session.firebaseTokenExpiresAt ?? null,
    },
  });
  return { outcome: "done", detail: "Signed in; firebase token stored." };
}

/** Upserts the company as a contact of the agency's own CRM sub-account (a repeat updates the same contact). */
export async function upsertCrmContact(subaccount: GhlSubaccount): Promise<StepOutcome> {
  const crmLocationId = env().GHL_AGENCY_LOCATION_ID;
  if (crmLocationId === undefined) return { outcome: "skipped", detail: "Skipped: GHL_AGENCY_LOCATION_ID (the agency CRM sub-account) is not set." };
  const company = await companyOf(subaccount);
  if (!hasContactKey(company)) {
    return { outcome: "skipped", detail: "Skipped: the company has no e-mail or phone to match a contact on." };
  }
  const contact = await upsertCompanyCrmContact(company, crmLocationId);
  await db.ghlSubaccount.update({ where: { companyId: subaccount.companyId }, data: { contactId: contact.id } });
  return { outcome: "done", detail: `${contact.created ? "Added" : "Updated"} contact ${contact.id}.` };
}
