import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import { ProviderNotConfiguredError } from "@/lib/providers/not-configured";
import { getSettings } from "@/lib/settings";
import { type Decimal, toDecimal } from "@/lib/money";

export type PanelBalanceView =
  | { available: true; balance: Decimal; currency: string; threshold: Decimal; low: boolean }
  | { available: false; reason: string };

/** The panel's balance and whether it is under the configured warning threshold. */
export async function getPanelBalance(): Promise<PanelBalanceView> {
  try {
    const [{ balance, currency }, settings] = await Promise.all([fampageClient().getBalance(), getSettings()]);
    const threshold = toDecimal(settings.balanceWarningThreshold);
    return { available: true, balance, currency, threshold, low: balance.lessThan(threshold) };
  } catch (error) {
    if (error instanceof ProviderNotConfiguredError || isProviderError(error)) return { available: false, reason: error.message };
    throw error;
  }
}
