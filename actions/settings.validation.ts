import { z } from "zod";
import { Decimal } from "@/lib/money";
import { optionalText } from "./companies.validation";

type DecimalRules = {
  /** What the field is called in messages, e.g. "multiplier". */
  what: string;
  example: string;
  maxDecimals: number;
  /** Otherwise 0 is allowed. */
  moreThanZero?: boolean;
  max: number;
};

function decimalProblem(value: string, rules: DecimalRules): string | undefined {
  if (value === "") return `Enter the ${rules.what}.`;
  if (value.startsWith("-")) return `The ${rules.what} cannot be negative.`;
  if (!new RegExp(`^\\d+(\\.\\d{1,${rules.maxDecimals}})?$`).test(value)) {
    return `Enter the ${rules.what} as a number like ${rules.example}, with at most ${rules.maxDecimals} decimals.`;
  }
  const amount = new Decimal(value);
  if (rules.moreThanZero && amount.lte(0)) return `The ${rules.what} must be more than 0.`;
  if (amount.gt(rules.max)) return `The ${rules.what} can be at most ${rules.max.toLocaleString("en-US")}.`;
  return undefined;
}

/** A non-negative decimal kept as exact text; only its first problem is reported. */
function decimalText(rules: DecimalRules) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = decimalProblem(value, rules);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const agencySettingsSchema = z.object({
  invoiceMultiplier: decimalText({ what: "invoice multiplier", example: "8 or 7.5", maxDecimals: 4, moreThanZero: true, max: 1000 }),
  balanceWarningThreshold: decimalText({ what: "balance warning threshold", example: "10 or 25.50", maxDecimals: 5, max: 1_000_000_000 }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { message: "Enter a 3-letter ISO currency code, like USD or EUR.", abort: true })
    .refine((code) => ISO_CURRENCIES.has(code), "This is not an ISO 4217 currency code; use one like USD, EUR or INR."),
  agencyName: z.string().trim().min(1, "Enter the agency's name, as invoices should show it.").max(200, "Use at most 200 characters."),
  agencyEmail: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.email("Enter a valid e-mail address, like billing@agency.com.").max(254, "This e-mail address is too long.").nullable()),
  agencyAddress: optionalText(500),
  agencyTaxId: optionalText(100),
  invoiceFooter: optionalText(1000),
  integrationLogRetentionDays: z.coerce
    .number({ message: "Enter a number of days, like 30." })
    .int("Enter a whole number of days.")
    .min(1, "Keep the log for at least 1 day.")
    .max(3650, "Keep the log for at most 3650 days (10 years)."),
});

export type AgencySettingsFields = z.output<typeof agencySettingsSchema>;
