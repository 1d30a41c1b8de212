import { z } from "zod";
import {
  classifyByHttpStatus,
  type ProviderFailure,
  type ProviderResponseHead,
} from "../core/response-classification";
import { parseRetryAfterSeconds } from "../core/retry-after";
import { parseGhlRateLimitHeaders } from "./rate-limit-headers";

const optionalText = z.string().optional().catch(undefined);

/**
 * The error shapes GoHighLevel answers with: its API's `{statusCode, message, error}` (where
 * `message` is a list for 422 validation errors), the token endpoint's OAuth
 * `{error, error_description}`, and the older `{msg}`. Every field is optional and a field of
 * the wrong type is ignored, so any body can be read.
 */
const ghlErrorBodySchema = z.object({
  statusCode: z.number().int().optional().catch(undefined),
  message: z
    .union([z.string(), z.array(z.unknown()).transform((items) => items.filter((item) => typeof item === "string"))])
    .optional()
    .catch(undefined),
  error: optionalText,
  error_description: optionalText,
  msg: optionalText,
});
type GhlErrorBody = z.output<typeof ghlErrorBodySchema>;

/** OAuth errors after which only a new authorization (a human reconnecting) helps. */
const RECONNECT_OAUTH_ERRORS = new Set(["invalid_grant", "invalid_client", "unauthorized_client"]);

function readGhlErrorBody(body: unknown): GhlErrorBody {
  const parsed = ghlErrorBodySchema.safeParse(body);
  return parsed.success ? parsed.data : {};
}

function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim().length > 0 ? text.trim() : undefined;
}

/** The most readable message in an error body; a 422's list becomes one sentence per problem. */
function describeGhlError(errorBody: GhlErrorBody, status: number): string {
  const message = Array.isArray(errorBody.message) ? errorBody.message.join("; ") : errorBody.message;
  return (
    nonBlank(message) ??
    nonBlank(errorBody.error_description) ??
    nonBlank(errorBody.msg) ??
    nonBlank(errorBody.error) ??
    `GoHighLevel answered HTTP ${status}`
  );
}

/** A failure reported inside a 2xx body (a gateway's `statusCode`, or an OAuth `error`) counts as that failure. */
function effectiveStatus(httpStatus: number, errorBody: GhlErrorBody): number {
  if (httpStatus < 200 || httpStatus >= 300) return httpStatus;
  if (errorBody.statusCode !== undefined && errorBody.statusCode >= 400) return errorBody.statusCode;
  if (nonBlank(errorBody.error) !== undefined) return 400;
  return httpStatus;
}

/** Retry-After when sent; otherwise GoHighLevel's interval header says how long the window lasts. */
function retryAfterSeconds(headers: Headers): number | undefined {
  const fromHeader = parseRetryAfterSeconds(headers.get("retry-after"));
  if (fromHeader !== undefined) return fromHeader;
  const intervalMs = parseGhlRateLimitHeaders(headers)?.intervalMs;
  return intervalMs === undefined ? undefined : Math.ceil(intervalMs / 1000);
}

/**
 * 401/403 and `invalid_grant`-style OAuth errors → auth (reconnect), 429 → rate_limited,
 * 408/5xx → transient, other 4xx (422 validation lists included) → invalid_request.
 */
export function classifyGhlResponse(response: ProviderResponseHead, body: unknown): ProviderFailure | null {
  const errorBody = readGhlErrorBody(body);
  const status = effectiveStatus(response.status, errorBody);
  if (status >= 200 && status < 300) return null;

  const details = { message: describeGhlError(errorBody, status), providerCode: errorBody.error };
  if (errorBody.error !== undefined && RECONNECT_OAUTH_ERRORS.has(errorBody.error)) return { kind: "auth", ...details };
  if (status === 429) {
    return { kind: "rate_limited", ...details, retryAfterSeconds: retryAfterSeconds(response.headers) };
  }
  return classifyByHttpStatus({ status, headers: response.headers }, details);
}
