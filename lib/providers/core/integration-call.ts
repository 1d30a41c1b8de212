import type { z } from "zod";
import type { IntegrationCall, IntegrationLogSink } from "../../integration-log/types";
import type { AttemptResult } from "./attempt-request";
import { truncateForLog } from "./log-truncation";
import type { ProviderRequest } from "./provider-request";
import { redactSecrets, redactUrl } from "./redaction";
import { errorFields, log } from "@/lib/log";

/** The integration-log record of one attempt, with secrets redacted and bodies truncated. */
export function buildIntegrationCall<TSchema extends z.ZodType>(
  request: ProviderRequest<TSchema>,
  loggableRequestBody: unknown,
  attempt: number,
  result: AttemptResult<unknown>,
): IntegrationCall {
  const secrets = request.secrets ?? [];
  const sanitize = (value: unknown): unknown => truncateForLog(redactSecrets(value, secrets));
  const { outcome } = result;
  return {
    provider: request.provider,
    action: request.action,
    method: request.method,
    url: redactUrl(request.url, secrets),
    httpStatus: result.httpStatus,
    durationMs: result.durationMs,
    outcome: outcome.ok ? "success" : outcome.error.kind,
    attempt,
    requestBody: sanitize(loggableRequestBody),
    responseBody: sanitize(result.responseBody),
    errorMessage: outcome.ok ? null : outcome.error.message,
    companyId: request.context?.companyId ?? null,
    orderId: request.context?.orderId ?? null,
  };
}

/** Hands a record to the sink; a failing sink is logged and otherwise ignored. */
export async function reportToSink(sink: IntegrationLogSink | undefined, call: IntegrationCall): Promise<void> {
  if (sink === undefined) return;
  try {
    await sink(call);
  } catch (error) {
    log.warn({ provider: call.provider, providerAction: call.action, ...errorFields(error) }, "integration log row not stored");
  }
}
