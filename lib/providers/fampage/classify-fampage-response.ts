import {
  classifyByHttpStatus,
  type ProviderFailure,
  type ProviderResponseHead,
} from "../core/response-classification";
import { panelRefusal } from "./fampage-refusals";

/**
 * The text of a top-level `{"error": ...}` body ("" when the error is not text), or undefined
 * when the body is not an error body. Batch answers are arrays or maps keyed by id, so a
 * top-level `error` key always means the whole call was refused.
 */
export function panelErrorText(body: unknown): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body) || !("error" in body)) return undefined;
  const { error } = body;
  if (error === null || error === undefined) return undefined;
  return typeof error === "string" ? error : "";
}

function isOverloadStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Fampage reports refusals as `{"error": "..."}`, usually with HTTP 200: those are failures,
 * `auth` for a bad key and `invalid_request` otherwise, carrying the panel's own message and
 * a stable `providerCode`. Overload statuses (408, 429, 5xx) stay transient or rate limited
 * whatever the body says; other statuses keep their conventional meaning.
 */
export function classifyFampageResponse(response: ProviderResponseHead, body: unknown): ProviderFailure | null {
  const errorText = panelErrorText(body);
  if (errorText !== undefined && !isOverloadStatus(response.status)) {
    const refusal = panelRefusal(errorText);
    const kind = refusal.providerCode === "invalid_api_key" ? "auth" : "invalid_request";
    return { kind, message: refusal.error, providerCode: refusal.providerCode };
  }
  const message = errorText !== undefined && errorText.length > 0 ? errorText : `Fampage answered HTTP ${response.status}`;
  return classifyByHttpStatus(response, { message });
}
