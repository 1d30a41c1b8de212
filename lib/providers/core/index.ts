export { ProviderError, isProviderError, type ProviderErrorInit, type ProviderErrorKind } from "./provider-error";
export {
  DEFAULT_TIMEOUT_MS,
  type HttpMethod,
  type ProviderCallDependencies,
  type ProviderRequest,
  type RequestContext,
} from "./provider-request";
export type { FormFieldValue, RequestBody } from "./request-body";
export {
  classifyByHttpStatus,
  type FailureDetails,
  type ProviderFailure,
  type ProviderResponseHead,
  type ResponseClassifier,
} from "./response-classification";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy";
export { parseRetryAfterSeconds } from "./retry-after";
export { sendProviderRequest } from "./send-provider-request";
export { REDACTED, isSensitiveField, maskKnownSecrets, redactSecrets, redactUrl } from "./redaction";
export { truncateForLog, LOG_LIMITS } from "./log-truncation";
export { integerFromProviderSchema, moneyFromProviderSchema, numberFromProviderSchema } from "./provider-numbers";
