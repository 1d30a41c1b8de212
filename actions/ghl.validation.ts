import { z } from "zod";
import { companyIdSchema } from "./companies.validation";

/** Actions on the agency connection take no input; anything sent is ignored. */
export const noInputSchema = z.object({}).optional();

export const subaccountCompanySchema = z.object({ companyId: companyIdSchema });
