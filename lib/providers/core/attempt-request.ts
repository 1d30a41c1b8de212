import type { z } from "zod";
import { describeNetworkFailure } from "./network-failure";
import { ProviderError } from "./provider-error";
import { DEFAULT_TIMEOUT_MS, type ProviderRequest } from "./provider-request";
import { maskKnownSecrets } from "./redaction";
import type { EncodedRequestBody } from "./request-body";
import { parseResponseBody } from "./response-body";
import type { ProviderFailure } from "./response-classification";
import { describeSchemaMismatch } from "./schema-mismatch";

export type AttemptResult<T> = {
  outcome: { ok: true; value: T } | { ok: false; error: ProviderError };
  /** Null when no response arrived. */
  httpStatus: number | null;
  /** Parsed JSON, raw text when not JSON, or null; not yet redacted. */
  responseBody: unknown;
  durationMs: number;
};

type FailureContext = ProviderFailure & { httpStatus?: number; ambiguous?: boolean };

/**
 * A write answered with a 5xx, a timeout or a body we cannot read may have taken effect
 * (the provider may fail after acting, or its answer may be lost on the way). For a
 * non-idempotent call that is "may have executed", and sending it again could act twice,
 * so it is never retryable; the caller checks the provider's state instead.
 */
function executionUncertainty(failure: FailureContext, idempotent: boolean): { ambiguous: boolean; retryable?: false } {
  if (idempotent) return { ambiguous: failure.ambiguous ?? false };
  const answerLost =
    (failure.ambiguous ?? false) ||
    (failure.httpStatus !== undefined && failure.httpStatus >= 500) ||
    failure.kind === "unexpected";
  return answerLost ? { ambiguous: true, retryable: false } : { ambiguous: false };
}

/** Sends a request once and turns whatever happens into a value or a ProviderError. */
export async function attemptProviderRequest<TSchema extends z.ZodType>(
  request: ProviderRequest<TSchema>,
  body: EncodedRequestBody,
  fetchImpl: typeof fetch,
): Promise<AttemptResult<z.output<TSchema>>> {
  const startedAt = performance.now();
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const secrets = request.secrets ?? [];

  const finish = (
    outcome: AttemptResult<z.output<TSchema>>["outcome"],
    httpStatus: number | null,
    responseBody: unknown,
  ): AttemptResult<z.output<TSchema>> => ({
    outcome,
    httpStatus,
    responseBody,
    durationMs: Math.round(performance.now() - startedAt),
  });

  const failWith = (failure: FailureContext): { ok: false; error: ProviderError } => ({
    ok: false,
    error: new ProviderError({
      ...failure,
      ...executionUncertainty(failure, request.retry.idempotent),
      provider: request.provider,
      action: request.action,
      message: maskKnownSecrets(failure.message, secrets),
    }),
  });

  const headers = new Headers({ accept: "application/json" });
  if (body.contentType !== undefined) headers.set("content-type", body.contentType);
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);

  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: request.method,
      headers,
      body: body.payload,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const network = describeNetworkFailure(error, timeoutMs);
    return finish(failWith({ kind: "transient", ...network }), null, null);
  }

  const httpStatus = response.status;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const network = describeNetworkFailure(error, timeoutMs);
    return finish(failWith({ kind: "transient", ...network, httpStatus }), httpStatus, null);
  }

  const parsed = parseResponseBody(text);
  const jsonBody = parsed.format === "json" ? parsed.value : undefined;
  const responseBody = parsed.format === "malformed" ? parsed.text : (jsonBody ?? null);

  const failure = request.classifyResponse({ status: httpStatus, headers: response.headers }, jsonBody);
  if (failure !== null) return finish(failWith({ ...failure, httpStatus }), httpStatus, responseBody);

  if (parsed.format === "malformed") {
    const message = `Malformed JSON in response (HTTP ${httpStatus})`;
    return finish(failWith({ kind: "unexpected", message, httpStatus }), httpStatus, responseBody);
  }

  const validated = request.responseSchema.safeParse(jsonBody);
  if (!validated.success) {
    const message = describeSchemaMismatch(validated.error);
    return finish(failWith({ kind: "unexpected", message, httpStatus }), httpStatus, responseBody);
  }
  return finish({ ok: true, value: validated.data }, httpStatus, responseBody);
}
