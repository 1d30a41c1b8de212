import type { z } from "zod";
import type { ProviderCallDependencies, ProviderRequest } from "../core/provider-request";
import type { ResponseClassifier } from "../core/response-classification";
import { sendProviderRequest } from "../core/send-provider-request";
import { classifyGhlResponse } from "./classify-ghl-response";
import type { GhlClientConfig } from "./config";
import { parseGhlRateLimitHeaders, type GhlRateLimitStatus } from "./rate-limit-headers";

/** The API version every LeadConnector call names in its `Version` header. */
export const GHL_API_VERSION = "2021-07-28";

export type GhlClientDependencies = ProviderCallDependencies & {
  /** The clock token lifetimes are measured on. Default: system time. */
  now?: () => Date;
  /**
   * Receives the rate-limit headers of every answer that carries them, so a caller can slow
   * down before GoHighLevel answers 429. Runs inside the call: it must be quick and must not throw.
   */
  onRateLimit?: (status: GhlRateLimitStatus, action: string) => void;
};

/** A request as GHL modules describe it; the sender fills in the provider, timeout and default classifier. */
export type GhlRequest<TSchema extends z.ZodType> = Omit<
  ProviderRequest<TSchema>,
  "provider" | "timeoutMs" | "classifyResponse"
> & { classifyResponse?: ResponseClassifier };

export type GhlSender = <TSchema extends z.ZodType>(request: GhlRequest<TSchema>) => Promise<z.output<TSchema>>;

/** Sends GHL requests through the provider core, reporting rate-limit headers on the way. */
export function createGhlSender(timeoutMs: number | undefined, dependencies: GhlClientDependencies): GhlSender {
  const { onRateLimit } = dependencies;
  return (request) => {
    const classify = request.classifyResponse ?? classifyGhlResponse;
    return sendProviderRequest(
      {
        ...request,
        provider: "ghl",
        timeoutMs,
        classifyResponse: (response, body) => {
          const rateLimit = parseGhlRateLimitHeaders(response.headers);
          if (rateLimit !== null) onRateLimit?.(rateLimit, request.action);
          return classify(response, body);
        },
      },
      dependencies,
    );
  };
}

/** What every GHL call needs besides its own input. */
export type GhlTransport = {
  config: GhlClientConfig;
  send: GhlSender;
  now: () => Date;
};

/** `path` starts with `/`; a trailing slash on the configured base URL is ignored. */
export function ghlApiUrl(config: GhlClientConfig, path: string): string {
  return `${config.apiBaseUrl.replace(/\/+$/, "")}${path}`;
}

/** Headers of an API call made with an agency or sub-account access token. */
export function ghlBearerHeaders(accessToken: string): Record<string, string> {
  return { authorization: `Bearer ${accessToken}`, version: GHL_API_VERSION };
}
