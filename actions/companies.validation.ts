import { z } from "zod";

const tooLong = (max: number) => `Use at most ${max} characters.`;

/** Trimmed; blank becomes null so an emptied field clears the stored value. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => value || null);

export const companyNameSchema = z.string().trim().min(1, "Enter the company's name.").max(200, tooLong(200));

export const contactEmailSchema = z
  .string()
  .trim()
  .max(254, "This e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, like name@company.com."));

export const optionalContactEmail = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .pipe(contactEmailSchema.nullable());

/** "acme.com" is what people type: it is read as https://acme.com. */
export const optionalWebsite = z
  .string()
  .trim()
  .max(500, tooLong(500))
  .optional()
  .transform((value) => (!value ? null : /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `https://${value}`))
  .pipe(
    z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        message: "Enter a website address, like https://acme.com.",
      })
      .nullable(),
  );

export const optionalPhone = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .pipe(
    z
      .string()
      .regex(/^\+?[\d\s().\-/]{5,30}$/, "Enter a phone number with digits, spaces and + ( ) - only, like +44 20 7946 0958.")
      .nullable(),
  );

export const companyFieldsSchema = z.object({
  name: companyNameSchema,
  legalName: optionalText(200),
  contactName: optionalText(200),
  contactEmail: optionalContactEmail,
  phone: optionalPhone,
  website: optionalWebsite,
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(20),
  country: optionalText(100),
  taxId: optionalText(50),
  notes: optionalText(2000),
});

export const companyIdSchema = z.string().trim().regex(/^[\w-]{1,64}$/, "This company link is not valid.");

export const companyIdInputSchema = z.object({ id: companyIdSchema });

/** A possible-duplicate pair: merge `mergeId` into `keepId`, or keep both. */
export const companyPairSchema = z
  .object({ keepId: companyIdSchema, mergeId: companyIdSchema })
  .refine((pair) => pair.keepId !== pair.mergeId, { message: "Choose two different companies.", path: ["mergeId"] });

export const createCompanySchema = companyFieldsSchema;

export const updateCompanySchema = companyFieldsSchema.extend({ id: companyIdSchema });
