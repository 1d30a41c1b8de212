import "server-only";
import { UserFacingError } from "@/lib/errors";
import { type AppSettings, Prisma } from "@/lib/generated/prisma/client";
import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import { ProviderNotConfiguredError } from "@/lib/providers/not-configured";
import { getSettings, updateSettings } from "./index";

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
  timezone: string;
  integrationLogRetentionDays: number;
};

/**
 * Saves the agency's invoicing settings. Orders copy the multiplier when they are
 * placed, so a new one only applies to orders placed from now on.
 */
export async function saveAgencySettings(input: AgencySettingsInput & { confirmBelowCost?: string }): Promise<AppSettings> {
  const { confirmBelowCost: _checkedBySchema, ...fields } = input;
  const current = await getSettings();
  if (fields.currency !== current.currency) await assertPanelCurrency(fields.currency);
  return updateSettings({
    ...fields,
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
    timezone: settings.timezone,
    integrationLogRetentionDays: settings.integrationLogRetentionDays,
  };
}

/**
 * Invoices stay in the panel's currency: amounts are the panel's cost × multiplier, so
 * another currency code would only relabel them. The panel says its currency in every
 * balance answer; a change to anything else is refused, and so is one that cannot be checked.
 */
async function assertPanelCurrency(currency: string): Promise<void> {
  let panelCurrency: string;
  try {
    ({ currency: panelCurrency } = await fampageClient().getBalance());
  } catch (error) {
    if (error instanceof ProviderNotConfiguredError || isProviderError(error)) {
      throw new UserFacingError(`The currency cannot change now: the panel's own currency could not be checked (${error.message}).`);
    }
    throw error;
  }
  if (panelCurrency.toUpperCase() !== currency) {
    throw new UserFacingError(
      `The panel bills in ${panelCurrency}: invoices stay in the panel's currency, so the currency must be ${panelCurrency}. Relabelling ${panelCurrency} amounts as ${currency} would misstate them.`,
    );
  }
}
