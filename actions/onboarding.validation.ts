import { z } from "zod";
import { companyNameSchema, contactEmailSchema, optionalPhone, optionalText, optionalWebsite } from "./companies.validation";

export const onboardingSchema = z.object({
  name: companyNameSchema,
  contactName: z.string().trim().min(1, "Enter your name.").max(200, "Use at most 200 characters."),
  contactEmail: z.string().trim().min(1, "Enter your e-mail address.").pipe(contactEmailSchema),
  phone: optionalPhone,
  website: optionalWebsite,
  country: optionalText(100),
  notes: optionalText(1000),
  // Checked by the domain, not here: a bot must get the same answer as a person.
  website_url: z.string().max(2000).optional().default(""),
  formToken: z.string().max(200).optional().default(""),
});
