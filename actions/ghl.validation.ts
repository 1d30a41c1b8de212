import { z } from "zod";
import { companyIdSchema } from "./companies.validation";

/** Actions on the agency connection take no input; anything sent is ignored. */
export const noInputSchema = z.object({}).optional();

export const subaccountCompanySchema = z.object({ companyId: companyIdSchema });

const TEMPLATE_EXAMPLE = "ops+{location}@agency.example";

/** The GoHighLevel card of Settings; the checkbox is sent only when ticked. */
export const ghlSettingsSchema = z.object({
  ghlAutoProvision: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  ghlUserEmailTemplate: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .refine((template) => template.includes("{location}"), `Include {location}, like ${TEMPLATE_EXAMPLE}: each sub-account needs its own address.`)
    .refine(
      (template) => z.email().safeParse(template.replaceAll("{location}", "abc123")).success,
      `With {location} filled in this must be an e-mail address, like ${TEMPLATE_EXAMPLE}.`,
    ),
});
