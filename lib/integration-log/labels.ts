import type { CallOutcome, ProviderName } from "./types";

/** Every provider the log can name, as people call them. */
export const PROVIDER_LABELS: Record<ProviderName, string> = {
  fampage: "Fampage",
  ghl: "GoHighLevel",
  facebook: "Facebook",
  instagram: "Instagram",
  tiktok: "TikTok",
  resend: "Resend",
  telegram: "Telegram",
};

export const OUTCOME_LABELS: Record<CallOutcome, string> = {
  success: "Success",
  auth: "Auth failed",
  rate_limited: "Rate limited",
  transient: "Transient failure",
  invalid_request: "Refused",
  unexpected: "Unexpected answer",
};

export const PROVIDER_NAMES = Object.keys(PROVIDER_LABELS) as [ProviderName, ...ProviderName[]];
export const CALL_OUTCOMES = Object.keys(OUTCOME_LABELS) as [CallOutcome, ...CallOutcome[]];

/** The provider's name for display; an unknown one (from an older release) as stored. */
export function providerLabel(provider: string): string {
  return (PROVIDER_LABELS as Record<string, string | undefined>)[provider] ?? provider;
}
