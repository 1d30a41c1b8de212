import { type AppSettings, Prisma } from "@/lib/generated/prisma/client";
import { updateSettings } from "./index";

/** What the Settings form edits; decimals stay exact text until they reach Prisma. */
export type AgencySettingsInput = {
  invoiceMultiplier: string;
  balanceWarningThreshold: string;
  currency: string;
  agencyName: string;
  agencyEmail: string | null;
  agencyAddress: string | null;
  agencyTaxId: string | null;
  invoiceFooter: string | null;
  integrationLogRetentionDays: number;
};

/**
 * Saves the agency's invoicing settings. Orders copy the multiplier when they are
 * placed, so a new one only applies to orders placed from now on.
 */
export async function saveAgencySettings(input: AgencySettingsInput): Promise<AppSettings> {
  return updateSettings({
    ...input,
    invoiceMultiplier: new Prisma.Decimal(input.invoiceMultiplier),
    balanceWarningThreshold: new Prisma.Decimal(input.balanceWarningThreshold),
  });
}

/** The stored settings as the form shows them. */
export function agencySettingsFormValues(settings: AppSettings): AgencySettingsInput {
  return {
    invoiceMultiplier: settings.invoiceMultiplier.toString(),
    balanceWarningThreshold: settings.balanceWarningThreshold.toString(),
    currency: settings.currency,
    agencyName: settings.agencyName,
    agencyEmail: settings.agencyEmail,
    agencyAddress: settings.agencyAddress,
    agencyTaxId: settings.agencyTaxId,
    invoiceFooter: settings.invoiceFooter,
    integrationLogRetentionDays: settings.integrationLogRetentionDays,
  };
}
