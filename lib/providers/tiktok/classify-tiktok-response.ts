import type { ProviderErrorKind } from "../core/provider-error";
import { parseRetryAfterSeconds } from "../core/retry-after";
import {
  classifyByHttpStatus,
  type ProviderFailure,
  type ProviderResponseHead,
  type ResponseClassifier,
} from "../core/response-classification";
import { parseRateLimitResetSeconds } from "./rate-limit-reset";
import { readTikTokError, type TikTokErrorBody } from "./tiktok-error-body";
import { scopesRequiredFor, type TikTokUserField } from "./user-info";

/** Kinds of the error codes with a known meaning, from both the OAuth and the API error catalogue. */
const KIND_BY_CODE: ReadonlyMap<string, ProviderErrorKind> = new Map<string, ProviderErrorKind>([
  // OAuth: the code, refresh token or the app's credentials are no good; only a new consent helps.
  ["invalid_grant", "auth"],
  ["invalid_client", "auth"],
  ["unauthorized_client", "auth"],
  ["access_denied", "auth"],
  ["invalid_request", "invalid_request"],
  ["invalid_scope", "invalid_request"],
  ["unsupported_grant_type", "invalid_request"],
  ["server_error", "transient"],
  ["temporarily_unavailable", "transient"],
  // API envelope.
  ["access_token_invalid", "auth"],
  // The token is fine; the request asks for more than the user granted.
  ["scope_not_authorized", "invalid_request"],
  ["rate_limit_exceeded", "rate_limited"],
  ["internal_error", "transient"],
]);

function retryAfterSeconds(response: ProviderResponseHead): number | undefined {
  return (
    parseRateLimitResetSeconds(response.headers.get("x-ratelimit-reset")) ??
    parseRetryAfterSeconds(response.headers.get("retry-after"))
  );
}

function describeTikTokError(error: TikTokErrorBody): { code: string; message: string } {
  const code = error.shape === "oauth" ? error.error : error.code;
  const text = (error.shape === "oauth" ? error.description : error.message) ?? `TikTok error ${code}`;
  const logReference = error.logId === undefined ? "" : `, log_id ${error.logId}`;
  return { code, message: `${text} (${code}${logReference})` };
}

function classifyTikTokError(response: ProviderResponseHead, error: TikTokErrorBody): ProviderFailure {
  const { code, message } = describeTikTokError(error);
  const kind = KIND_BY_CODE.get(code);
  if (kind === "rate_limited") {
    return { kind, message, providerCode: code, retryAfterSeconds: retryAfterSeconds(response) };
  }
  if (kind !== undefined) return { kind, message, providerCode: code };
  // An unknown code under a 2xx status is still a refusal, never a success.
  const byStatus = classifyByHttpStatus(response, { message, providerCode: code });
  return byStatus ?? { kind: "invalid_request", message, providerCode: code };
}

/**
 * Judges any TikTok answer by the error in its body (TikTok may report errors with HTTP 200),
 * falling back to the HTTP status when there is none.
 */
export function classifyTikTokResponse(response: ProviderResponseHead, body: unknown): ProviderFailure | null {
  const error = readTikTokError(body);
  if (error !== null) return classifyTikTokError(response, error);
  return classifyByHttpStatus(response, { message: `TikTok answered HTTP ${response.status}` });
}

/**
 * TikTok's `scope_not_authorized` does not say which scope is missing; the fields asked for do,
 * so the message names the scopes they need.
 */
export function createUserInfoClassifier(fields: readonly TikTokUserField[]): ResponseClassifier {
  return (response, body) => {
    const failure = classifyTikTokResponse(response, body);
    if (failure?.providerCode !== "scope_not_authorized") return failure;
    const scopes = scopesRequiredFor(fields).join(", ");
    return {
      ...failure,
      message: `The TikTok connection lacks a scope needed for fields ${fields.join(", ")} (they need ${scopes}); reconnect TikTok and approve them. TikTok said: ${failure.message}`,
    };
  };
}
