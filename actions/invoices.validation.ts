import { z } from "zod";
import { emailSchema } from "./auth.validation";

export const invoiceIdSchema = z
  .string({ error: "Choose an invoice." })
  .trim()
  .regex(/^[a-z0-9]{20,40}$/, "This invoice reference is malformed. Open the invoice from the list again.");

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

export const PAYMENT_METHODS = ["BANK_TRANSFER", "CARD", "PAYPAL", "CASH", "OTHER"] as const;

export const markInvoicePaidSchema = z.object({
  invoiceId: invoiceIdSchema,
  paidOn: z
    .string({ error: "Enter the day the payment was made." })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter the day the payment was made, like 2026-03-02.", abort: true })
    // Noon UTC falls on this same calendar day in every timezone from UTC−12 to UTC+12.
    .transform((day) => new Date(`${day}T12:00:00Z`))
    .refine((day) => !Number.isNaN(day.getTime()), "This is not a calendar day.")
    .refine((day) => day.getUTCFullYear() >= 2000, "Enter a day from 2000 on.")
    // A day ahead of UTC's is still "today" somewhere; anything later has not happened.
    .refine((day) => day.getTime() <= Date.now() + 36 * 3600_000, "The payment day cannot be in the future."),
  method: z.enum(PAYMENT_METHODS, { error: "Choose how it was paid." }),
  reference: z.string().trim().max(100, "Keep the reference under 100 characters.").optional().transform((value) => value || null),
});

export const undoInvoicePaymentSchema = z.object({
  invoiceId: invoiceIdSchema,
  note: z
    .string({ error: "Say why the payment is taken back." })
    .trim()
    .min(3, "Say why the payment is taken back (at least 3 characters).")
    .max(500, "Keep the note under 500 characters."),
});
