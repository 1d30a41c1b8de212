import type { z } from "zod";
import type { ProviderCallDependencies, RequestContext } from "../core/provider-request";
import type { RequestBody } from "../core/request-body";
import type { RetryPolicy } from "../core/retry-policy";
import { sendProviderRequest } from "../core/send-provider-request";
import { accessTokenResponseSchema, type IssuedAccessToken } from "../facebook/access-token-response";
import { buildProviderUrl } from "../facebook/provider-url";
import { classifyInstagramResponse } from "./classify-instagram-response";
import {
  codeExchangeResponseSchema,
  INSTAGRAM_PROFILE_FIELDS,
  instagramProfileResponseSchema,
  type InstagramLoginToken,
  type InstagramProfile,
} from "./instagram-responses";

export type InstagramClientConfig = {
  appId: string;
  appSecret: string;
  /** Where the authorize page lives: `https://www.instagram.com`, or `<sandbox>/instagram/www`. */
  webBaseUrl: string;
  /** The code exchange host: `https://api.instagram.com`, or `<sandbox>/instagram/api`. */
  apiBaseUrl: string;
  /** `https://graph.instagram.com`, or `<sandbox>/instagram/graph`. */
  graphBaseUrl: string;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Backoff for idempotent calls (all but the code exchange). */
  retry?: Omit<RetryPolicy, "idempotent">;
};

export type InstagramAuthorizationRequest = {
  state: string;
  redirectUri: string;
  /** e.g. `instagram_business_basic`. */
  scopes: readonly string[];
};

export type InstagramCodeExchange = { code: string; redirectUri: string };

export type InstagramClient = {
  /** The authorize page address to send the user's browser to. */
  buildInstagramAuthorizationUrl(request: InstagramAuthorizationRequest): string;
  /** Trades the single-use code for a short-lived (1 h) token; never retried. @throws ProviderError */
  exchangeInstagramCode(exchange: InstagramCodeExchange, context?: RequestContext): Promise<InstagramLoginToken>;
  /** A 60-day token for a short-lived one. @throws ProviderError */
  exchangeForLongLivedToken(shortLivedToken: string, context?: RequestContext): Promise<IssuedAccessToken>;
  /**
   * Another 60 days for a long-lived token that is at least 24 hours old and not yet expired
   * (Instagram refuses younger or expired tokens). @throws ProviderError
   */
  refreshLongLivedToken(longLivedToken: string, context?: RequestContext): Promise<IssuedAccessToken>;
  /** The account the token belongs to. @throws ProviderError */
  getProfile(accessToken: string, context?: RequestContext): Promise<InstagramProfile>;
};

type InstagramCall<TSchema extends z.ZodType> = {
  action: string;
  method: "GET" | "POST";
  url: string;
  body?: RequestBody;
  responseSchema: TSchema;
  /** Credentials in this call besides the app secret, which is always masked. */
  secrets: readonly string[];
  idempotent: boolean;
  context: RequestContext | undefined;
};

export function createInstagramClient(
  config: InstagramClientConfig,
  dependencies: ProviderCallDependencies = {},
): InstagramClient {
  const send = <TSchema extends z.ZodType>(call: InstagramCall<TSchema>): Promise<z.output<TSchema>> =>
    sendProviderRequest(
      {
        provider: "instagram",
        action: call.action,
        method: call.method,
        url: call.url,
        body: call.body,
        timeoutMs: config.timeoutMs,
        retry: { ...config.retry, idempotent: call.idempotent },
        classifyResponse: classifyInstagramResponse,
        responseSchema: call.responseSchema,
        secrets: [config.appSecret, ...call.secrets],
        context: call.context,
      },
      dependencies,
    );

  return {
    buildInstagramAuthorizationUrl({ state, redirectUri, scopes }) {
      return buildProviderUrl(config.webBaseUrl, "oauth/authorize", {
        client_id: config.appId,
        redirect_uri: redirectUri,
        response_type: "code",
        scope: scopes.join(","),
        state,
      });
    },

    exchangeInstagramCode({ code, redirectUri }, context) {
      return send({
        action: "exchange_code",
        method: "POST",
        url: buildProviderUrl(config.apiBaseUrl, "oauth/access_token"),
        body: {
          type: "form",
          fields: {
            client_id: config.appId,
            client_secret: config.appSecret,
            grant_type: "authorization_code",
            redirect_uri: redirectUri,
            code,
          },
        },
        responseSchema: codeExchangeResponseSchema,
        secrets: [code],
        // A code works once: repeating the exchange after a lost answer can only fail.
        idempotent: false,
        context,
      });
    },

    exchangeForLongLivedToken(shortLivedToken, context) {
      return send({
        action: "exchange_long_lived_token",
        method: "GET",
        url: buildProviderUrl(config.graphBaseUrl, "access_token", {
          grant_type: "ig_exchange_token",
          client_secret: config.appSecret,
          access_token: shortLivedToken,
        }),
        responseSchema: accessTokenResponseSchema,
        secrets: [shortLivedToken],
        idempotent: true,
        context,
      });
    },

    refreshLongLivedToken(longLivedToken, context) {
      return send({
        action: "refresh_token",
        method: "GET",
        url: buildProviderUrl(config.graphBaseUrl, "refresh_access_token", {
          grant_type: "ig_refresh_token",
          access_token: longLivedToken,
        }),
        responseSchema: accessTokenResponseSchema,
        secrets: [longLivedToken],
        // The old token stays valid after a refresh, so a repeated refresh loses nothing.
        idempotent: true,
        context,
      });
    },

    getProfile(accessToken, context) {
      return send({
        action: "get_profile",
        method: "GET",
        url: buildProviderUrl(config.graphBaseUrl, "me", {
          fields: INSTAGRAM_PROFILE_FIELDS,
          access_token: accessToken,
        }),
        responseSchema: instagramProfileResponseSchema,
        secrets: [accessToken],
        idempotent: true,
        context,
      });
    },
  };
}
