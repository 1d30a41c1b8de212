import type { z } from "zod";
import { attemptProviderRequest } from "./attempt-request";
import { buildIntegrationCall, reportToSink } from "./integration-call";
import type { ProviderCallDependencies, ProviderRequest } from "./provider-request";
import { encodeRequestBody } from "./request-body";
import { nextRetryDelayMs } from "./retry-policy";

function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Sends a provider request with timeout, classification, schema validation, retries for
 * idempotent requests, and one redacted integration-log record per attempt.
 *
 * @returns the response body as parsed by `request.responseSchema`
 * @throws ProviderError for every provider-side failure (never anything else for I/O)
 */
export async function sendProviderRequest<TSchema extends z.ZodType>(
  request: ProviderRequest<TSchema>,
  dependencies: ProviderCallDependencies = {},
): Promise<z.output<TSchema>> {
  const fetchImpl = dependencies.fetch ?? fetch;
  const sleep = dependencies.sleep ?? sleepFor;
  const random = dependencies.random ?? Math.random;
  const body = encodeRequestBody(request.body ?? { type: "none" });

  for (let attempt = 1; ; attempt++) {
    const result = await attemptProviderRequest(request, body, fetchImpl);
    await reportToSink(dependencies.logSink, buildIntegrationCall(request, body.loggable, attempt, result));
    if (result.outcome.ok) return result.outcome.value;

    const delayMs = nextRetryDelayMs(result.outcome.error, attempt, request.retry, random);
    if (delayMs === null) throw result.outcome.error;
    await sleep(delayMs);
  }
}
