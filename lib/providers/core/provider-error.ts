import type { ProviderName } from "../../integration-log/types";

/**
 * - `auth`: credentials are missing, invalid or revoked; a human must reconnect.
 * - `rate_limited`: the provider asked us to slow down; see `retryAfterSeconds`.
 * - `transient`: network failure, timeout or 5xx; trying again later may work.
 * - `invalid_request`: the provider rejected what we sent; retrying the same request will not help.
 * - `unexpected`: the provider answered something we cannot understand (malformed JSON, missing field).
 */
export type ProviderErrorKind = "auth" | "rate_limited" | "transient" | "invalid_request" | "unexpected";

export type ProviderErrorInit = {
  kind: ProviderErrorKind;
  provider: ProviderName;
  action: string;
  /** Human-readable and safe to show: never contains credentials. */
  message: string;
  httpStatus?: number;
  retryAfterSeconds?: number;
  /** The provider's own error identifier (e.g. Graph `190`, Resend `validation_error`). */
  providerCode?: string;
  /** Values of the provider's answer callers act on, e.g. Telegram's `migrate_to_chat_id`. */
  details?: Readonly<Record<string, string | number>>;
  ambiguous?: boolean;
};

/** The one error type every provider client throws. */
export class ProviderError extends Error {
  override readonly name = "ProviderError";
  readonly kind: ProviderErrorKind;
  readonly provider: ProviderName;
  readonly action: string;
  readonly httpStatus: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly providerCode: string | undefined;
  readonly details: Readonly<Record<string, string | number>>;
  /**
   * True when the request may have reached the provider and been executed although no
   * answer arrived (e.g. a timeout after sending). Callers of non-idempotent actions must
   * check the provider's state before sending again.
   */
  readonly ambiguous: boolean;

  constructor(init: ProviderErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.provider = init.provider;
    this.action = init.action;
    this.httpStatus = init.httpStatus;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.providerCode = init.providerCode;
    this.details = init.details ?? {};
    this.ambiguous = init.ambiguous ?? false;
  }

  /** Whether trying again later (after `retryAfterSeconds`, if set) can succeed. */
  get retryable(): boolean {
    return this.kind === "transient" || this.kind === "rate_limited";
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}
