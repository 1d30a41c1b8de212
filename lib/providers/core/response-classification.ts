import type { ProviderErrorKind } from "./provider-error";
import { parseRetryAfterSeconds } from "./retry-after";

/** A provider answer judged as a failure; the core adds provider, action and HTTP status. */
export type ProviderFailure = {
  kind: ProviderErrorKind;
  /** The provider's own message where it has one; must not contain credentials. */
  message: string;
  providerCode?: string;
  retryAfterSeconds?: number;
  /** Values of the provider's answer callers act on, e.g. Telegram's `migrate_to_chat_id`. */
  details?: Readonly<Record<string, string | number>>;
};

/** Status and headers of a provider answer; the body is handed over separately, already parsed. */
export type ProviderResponseHead = {
  status: number;
  headers: Headers;
};

/**
 * Provider-specific judgement of an answer. `body` is the parsed JSON, or undefined when the
 * body was empty or not JSON. Return null for a success (the core then validates the body
 * against the request's response schema) or the failure to raise. Providers that report
 * errors with HTTP 200 (Fampage `{"error": "..."}`, Telegram `{"ok": false}`) detect them
 * here from the body; everything else can fall back to `classifyByHttpStatus`.
 */
export type ResponseClassifier = (response: ProviderResponseHead, body: unknown) => ProviderFailure | null;

export type FailureDetails = {
  message: string;
  providerCode?: string;
};

/**
 * The conventional meaning of an HTTP status: 2xx success, 401/403 auth, 429 rate limited
 * (with Retry-After), 408 and 5xx transient, other 4xx invalid request, anything else unexpected.
 */
export function classifyByHttpStatus(response: ProviderResponseHead, details: FailureDetails): ProviderFailure | null {
  const { status } = response;
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403) return { kind: "auth", ...details };
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfterSeconds(response.headers.get("retry-after"));
    return { kind: "rate_limited", ...details, retryAfterSeconds };
  }
  if (status === 408 || status >= 500) return { kind: "transient", ...details };
  if (status >= 400) return { kind: "invalid_request", ...details };
  return { kind: "unexpected", ...details };
}
