import type { z } from "zod";
import { describeNetworkFailure, type NetworkFailure } from "./network-failure";
import { ProviderError } from "./provider-error";
import { DEFAULT_TIMEOUT_MS, type ProviderRequest } from "./provider-request";
import { maskKnownSecrets } from "./redaction";
import type { EncodedRequestBody } from "./request-body";
import { type ParsedResponseBody, parseResponseBody } from "./response-body";
import type { ProviderFailure } from "./response-classification";
import { describeSchemaMismatch } from "./schema-mismatch";
import type { SdkTransport } from "./sdk-transport";

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

/** One attempt's exchange: the answer as read, or why none arrived (with its status when only the body was lost). */
type Exchange =
  | { answered: true; httpStatus: number; headers: Headers; parsed: ParsedResponseBody }
  | { answered: false; failure: NetworkFailure; httpStatus?: number };

async function exchangeOverFetch(request: ProviderRequest<z.ZodType>, body: EncodedRequestBody, fetchImpl: typeof fetch, timeoutMs: number): Promise<Exchange> {
  const headers = new Headers({ accept: "application/json" });
  if (body.contentType !== undefined) headers.set("content-type", body.contentType);
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);

  let response: Response;
  try {
    response = await fetchImpl(request.url, { method: request.method, headers, body: body.payload, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return { answered: false, failure: describeNetworkFailure(error, timeoutMs) };
  }
  try {
    const text = await response.text();
    return { answered: true, httpStatus: response.status, headers: response.headers, parsed: parseResponseBody(text) };
  } catch (error) {
    return { answered: false, failure: describeNetworkFailure(error, timeoutMs), httpStatus: response.status };
  }
}

async function exchangeThroughSdk(sdk: SdkTransport, timeoutMs: number): Promise<Exchange> {
  const signal = AbortSignal.timeout(timeoutMs);
  const answer = await sdk(signal);
  if (answer.answered) return { answered: true, httpStatus: answer.status, headers: answer.headers, parsed: { format: "json", value: answer.body } };
  if (signal.aborted) return { answered: false, failure: { message: `No response within ${timeoutMs} ms`, ambiguous: true } };
  return { answered: false, failure: { message: "No readable answer (the connection failed or the body was not JSON)", ambiguous: true } };
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

  const exchanged = request.sdk
    ? await exchangeThroughSdk(request.sdk, timeoutMs)
    : await exchangeOverFetch(request, body, fetchImpl, timeoutMs);
  if (!exchanged.answered) return finish(failWith({ kind: "transient", ...exchanged.failure, httpStatus: exchanged.httpStatus }), exchanged.httpStatus ?? null, null);

  const { httpStatus, headers, parsed } = exchanged;
  const jsonBody = parsed.format === "json" ? parsed.value : undefined;
  const responseBody = parsed.format === "malformed" ? parsed.text : (jsonBody ?? null);

  const failure = request.classifyResponse({ status: httpStatus, headers }, jsonBody);
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
