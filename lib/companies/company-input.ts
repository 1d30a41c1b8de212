/**
 * A company's editable fields, already trimmed and validated (see
 * actions/companies.validation.ts); a blank optional field is null.
 */
export type CompanyInput = {
  name: string;
  legalName: string | null;
  contactName: string | null;
  contactEmail: string | null;
  phone: string | null;
  website: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  postalCode: string | null;
  country: string | null;
  taxId: string | null;
  notes: string | null;
};

export const COMPANY_NOT_FOUND_MESSAGE = "This company no longer exists. It may have been deleted.";

const COMPANY_INPUT_FIELDS = [
  "name",
  "legalName",
  "contactName",
  "contactEmail",
  "phone",
  "website",
  "addressLine1",
  "addressLine2",
  "city",
  "postalCode",
  "country",
  "taxId",
  "notes",
] as const satisfies readonly (keyof CompanyInput)[];

/** Just the editable fields of a stored company, e.g. to prefill the edit form. */
export function companyInputOf(company: CompanyInput): CompanyInput {
  return Object.fromEntries(COMPANY_INPUT_FIELDS.map((field) => [field, company[field]])) as CompanyInput;
}
