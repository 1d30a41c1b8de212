import type { z } from "zod";
import type { IntegrationLogSink, ProviderName } from "../../integration-log/types";
import type { RequestBody } from "./request-body";
import type { ResponseClassifier } from "./response-classification";
import type { RetryPolicy } from "./retry-policy";
import type { SdkTransport } from "./sdk-transport";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Whom a call was made for; copied onto every integration-log record of the call. */
export type RequestContext = {
  companyId?: string | null;
  orderId?: string | null;
};

/** One logical provider call; the core may send it several times if `retry.idempotent`. */
export type ProviderRequest<TSchema extends z.ZodType> = {
  provider: ProviderName;
  /** Short verb for logs and errors, e.g. `send_email`, `add_order`. */
  action: string;
  method: HttpMethod;
  url: string;
  headers?: Readonly<Record<string, string>>;
  body?: RequestBody;
  /** Per attempt, covering connect, response and body. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  retry: RetryPolicy;
  classifyResponse: ResponseClassifier;
  /** Validates a successful body; its output is what `sendProviderRequest` returns. */
  responseSchema: TSchema;
  /**
   * Credential values used by this request (API keys, tokens, client secrets). Masked
   * wherever they appear in log records and error messages, whatever field they sit in.
   */
  secrets?: readonly string[];
  context?: RequestContext;
  /**
   * Sends each attempt through the provider's official SDK instead of fetch; `method`, `url`
   * and `body` then describe the request for the log. Timeouts, classification, schema
   * validation, retries and logging stay the core's.
   */
  sdk?: SdkTransport;
};

/** Collaborators of the core, injectable so clients can be tested without waiting or a network. */
export type ProviderCallDependencies = {
  /** Receives one record per attempt; its failures never fail the call. */
  logSink?: IntegrationLogSink;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Uniform in [0, 1); drives backoff jitter. */
  random?: () => number;
};
