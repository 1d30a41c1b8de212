import type { FaultBodies } from "../../core/provider-simulator";
import type { SeededRandom } from "../../core/seeded-random";

export type OAuthErrorCode = "invalid_request" | "invalid_client" | "invalid_grant" | "unsupported_grant_type";

export type ApiErrorCode =
  | "access_token_invalid"
  | "scope_not_authorized"
  | "rate_limit_exceeded"
  | "invalid_params"
  | "internal_error";

/** TikTok's request reference: a timestamp followed by hex, e.g. `20250301093000A1B2C3D4E5F6A7B8C9`. */
export function newLogId(now: Date, random: SeededRandom): string {
  const timestamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return `${timestamp}${random.uuid().replaceAll("-", "").slice(0, 18).toUpperCase()}`;
}

/** The OAuth endpoints' error shape. */
export function oauthErrorBody(error: OAuthErrorCode, description: string, logId: string) {
  return { error, error_description: description, log_id: logId };
}

/** The API envelope around a success. */
export function apiSuccessBody(data: unknown, logId: string) {
  return { data, error: { code: "ok", message: "", log_id: logId } };
}

/** The API envelope around a failure. */
export function apiErrorBody(code: ApiErrorCode, message: string, logId: string) {
  return { data: {}, error: { code, message, log_id: logId } };
}

const FAULT_LOG_ID = "20000101000000SANDBOXFAULT";

/** Injected faults use the API envelope; the client reads it on the OAuth endpoints too. */
export const tiktokFaultBodies: FaultBodies = {
  serverError: () => apiErrorBody("internal_error", "Something went wrong. Please try again later.", FAULT_LOG_ID),
  rateLimited: () =>
    apiErrorBody("rate_limit_exceeded", "The API rate limit was exceeded. Please try again later.", FAULT_LOG_ID),
  errorWithStatus200: () =>
    apiErrorBody("internal_error", "Something went wrong. Please try again later.", FAULT_LOG_ID),
};
