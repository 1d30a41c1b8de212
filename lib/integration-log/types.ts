/** Every external system the app talks to; also the `provider` column of the integration log. */
export type ProviderName = "fampage" | "ghl" | "facebook" | "instagram" | "tiktok" | "resend" | "telegram";

/** How one HTTP attempt ended: `success` or the `kind` of the ProviderError it produced. */
export type CallOutcome = "success" | "auth" | "rate_limited" | "transient" | "invalid_request" | "unexpected";

/**
 * One HTTP attempt against a provider, as handed to the integration log.
 * Bodies and the URL are already redacted and truncated by the provider core,
 * so a sink may store them as they are.
 */
export type IntegrationCall = {
  provider: ProviderName;
  /** Short verb naming the operation, e.g. `send_email`, `add_order`. */
  action: string;
  method: string;
  /** Request URL with secrets stripped from the query string and path. */
  url: string;
  /** Null when no response arrived (network error, timeout). */
  httpStatus: number | null;
  durationMs: number;
  outcome: CallOutcome;
  /** 1 for the first try; retries of idempotent calls count up. */
  attempt: number;
  requestBody: unknown;
  responseBody: unknown;
  errorMessage: string | null;
  companyId?: string | null;
  orderId?: string | null;
};

/** Persists one call record. Failures are swallowed by the caller: logging never breaks a provider call. */
export type IntegrationLogSink = (call: IntegrationCall) => Promise<void>;
