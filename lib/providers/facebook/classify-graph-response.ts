import { parseRetryAfterSeconds } from "../core/retry-after";
import {
  classifyByHttpStatus,
  type ProviderFailure,
  type ProviderResponseHead,
  type ResponseClassifier,
} from "../core/response-classification";
import { formatGraphErrorCode, readGraphError, type GraphError } from "./graph-error-body";
import { describeTokenFailure } from "./graph-token-failure";
import { readGraphUsage } from "./graph-usage-headers";

/** The product named in error messages: Facebook Graph and Instagram Graph share the error contract. */
export type GraphPlatform = "Facebook" | "Instagram";

const TOKEN_INVALID_CODES = new Set([102, 190]);
const TRANSIENT_CODES = new Set([1, 2]);
/** App, user, page and per-API throttling, plus the business use case limits 80000–80014. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const BUSINESS_USE_CASE_RATE_LIMIT_CODES = { first: 80_000, last: 80_014 };

/**
 * Graph gives no reset time for app-level throttling and calls made while throttled extend it,
 * so without a hint the caller must wait at least this long (longer than the core's automatic
 * retry cap: the error goes straight back instead of being retried within the request).
 */
export const GRAPH_THROTTLE_FALLBACK_SECONDS = 60;

/** Graph reports a wrong app secret with code 1, its "unknown, retry later" code; no retry can fix it. */
const WRONG_CLIENT_SECRET = /client secret/i;

function isRateLimitCode(code: number): boolean {
  return (
    RATE_LIMIT_CODES.has(code) ||
    (code >= BUSINESS_USE_CASE_RATE_LIMIT_CODES.first && code <= BUSINESS_USE_CASE_RATE_LIMIT_CODES.last)
  );
}

function classifyGraphError(
  platform: GraphPlatform,
  error: GraphError & { code: number },
  response: ProviderResponseHead,
): ProviderFailure {
  const providerCode = formatGraphErrorCode(error);
  const graphMessage = error.message ?? `${platform} answered HTTP ${response.status}`;
  const reference = `Graph error ${providerCode}`;

  if (TOKEN_INVALID_CODES.has(error.code)) {
    const reason = describeTokenFailure(error.code, error.subcode);
    return { kind: "auth", providerCode, message: `${platform} must be reconnected: ${reason} (${reference}): ${graphMessage}` };
  }
  if (TRANSIENT_CODES.has(error.code)) {
    if (WRONG_CLIENT_SECRET.test(graphMessage)) {
      return { kind: "invalid_request", providerCode, message: `${platform} refused the app credentials (${reference}): ${graphMessage}` };
    }
    return { kind: "transient", providerCode, message: `${platform} is temporarily unavailable (${reference}): ${graphMessage}` };
  }
  if (isRateLimitCode(error.code)) {
    const usage = readGraphUsage(response.headers);
    const retryAfterSeconds =
      parseRetryAfterSeconds(response.headers.get("retry-after")) ??
      usage.secondsUntilAccessRegained ??
      GRAPH_THROTTLE_FALLBACK_SECONDS;
    const usageNote = usage.summary === null ? "" : `; usage: ${usage.summary}`;
    return {
      kind: "rate_limited",
      providerCode,
      retryAfterSeconds,
      message: `${platform} rate limit reached (${reference}): ${graphMessage}${usageNote}`,
    };
  }
  return { kind: "invalid_request", providerCode, message: `${graphMessage} (${reference})` };
}

/**
 * Judges a Graph answer by the error code in its body (Graph sometimes reports errors with
 * HTTP 200), falling back to the HTTP status when there is none:
 * 190/102 → auth, 1/2 → transient, throttling codes → rate_limited, any other code → invalid_request.
 */
export function createGraphResponseClassifier(platform: GraphPlatform): ResponseClassifier {
  return (response, body) => {
    const graphError = readGraphError(body);
    if (graphError !== null && graphError.code !== null) {
      return classifyGraphError(platform, { ...graphError, code: graphError.code }, response);
    }
    return classifyByHttpStatus(response, {
      message: graphError?.message ?? `${platform} answered HTTP ${response.status}`,
    });
  };
}
