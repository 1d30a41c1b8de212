import { z } from "zod";
import {
  classifyByHttpStatus,
  type ProviderFailure,
  type ProviderResponseHead,
} from "../core/response-classification";

/** Resend's error body: `{"statusCode":422,"message":"...","name":"validation_error"}`. */
const resendErrorBodySchema = z.object({
  message: z.string().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
});

/**
 * 401/403 → auth, 400/409/422 → invalid_request, 429 → rate_limited, 5xx → transient,
 * with two exceptions taken from Resend's error catalogue.
 */
export function classifyResendResponse(response: ProviderResponseHead, body: unknown): ProviderFailure | null {
  if (response.status >= 200 && response.status < 300) return null;
  const parsed = resendErrorBodySchema.safeParse(body);
  const errorBody = parsed.success ? parsed.data : {};
  const details = {
    message: errorBody.message ?? `Resend answered HTTP ${response.status}`,
    providerCode: errorBody.name,
  };
  // Resend answers 403 validation_error when the sending domain is not verified: the key is fine,
  // the request is not, and sending a reconnect alert would mislead.
  if (response.status === 403 && details.providerCode === "validation_error") {
    return { kind: "invalid_request", ...details };
  }
  // The first request with this idempotency key is still running; asking again later is the cure.
  if (details.providerCode === "concurrent_idempotent_requests") {
    return { kind: "transient", ...details };
  }
  return classifyByHttpStatus(response, details);
}
