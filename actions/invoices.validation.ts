import { z } from "zod";
import { emailSchema } from "./auth.validation";

export const invoiceIdSchema = z
  .string({ error: "Choose an invoice." })
  .trim()
  .regex(/^[a-z0-9]{20,40}$/, "This invoice reference is malformed. Open the invoice from the list again.");

export const invoiceActionSchema = z.object({ invoiceId: invoiceIdSchema });

export const voidInvoiceSchema = z.object({
  invoiceId: invoiceIdSchema,
  reason: z
    .string({ error: "Say why the invoice is void." })
    .trim()
    .min(3, "Say why the invoice is void (at least 3 characters).")
    .max(500, "Keep the reason under 500 characters."),
});

export const emailInvoiceSchema = z.object({
  invoiceId: invoiceIdSchema,
  /** Empty or absent: the company's contact address. */
  to: z.union([z.literal(""), emailSchema]).optional(),
});
