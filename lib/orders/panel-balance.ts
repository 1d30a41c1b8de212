import "server-only";
import { shortLived } from "@/lib/cache/short-lived";
import { type Decimal, toDecimal } from "@/lib/money";
import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import { ProviderNotConfiguredError } from "@/lib/providers/not-configured";
import { getSettings } from "@/lib/settings";

export type PanelBalanceView =
  | { available: true; balance: Decimal; currency: string; threshold: Decimal; low: boolean }
  | { available: false; reason: string };

/**
 * The panel's balance, cached per instance for a minute. The dashboard and the orders
 * page show it on every view; asking the panel each time cost a call and an integration
 * log row per view. Per-instance memory is enough for a figure that is only displayed
 * (each instance asks at most once a minute; nothing needs it shared or durable), so no
 * table is needed. A failure is kept for 15 s, so a panel that is down is not hammered.
 */
const cachedBalance = shortLived(() => fampageClient().getBalance(), { ttlMs: 60_000, failureTtlMs: 15_000 });

/**
 * The panel's balance (at most a minute old, or asked now when `fresh`: alert checks
 * and reports must not act on a stale figure) and whether it is under the threshold.
 */
export async function getPanelBalance(options: { fresh?: boolean } = {}): Promise<PanelBalanceView> {
  if (options.fresh) cachedBalance.forget();
  try {
    const [{ balance, currency }, settings] = await Promise.all([cachedBalance.get(), getSettings()]);
    const threshold = toDecimal(settings.balanceWarningThreshold);
    return { available: true, balance, currency, threshold, low: balance.lessThan(threshold) };
  } catch (error) {
    if (error instanceof ProviderNotConfiguredError || isProviderError(error)) return { available: false, reason: error.message };
    throw error;
  }
}

/** After an order is placed, the next view asks the panel again. */
export function forgetPanelBalance(): void {
  cachedBalance.forget();
}
