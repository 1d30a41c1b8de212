import { z } from "zod";
import type { FormFieldValue } from "../core/request-body";
import type { ProviderCallDependencies, RequestContext } from "../core/provider-request";
import type { RetryPolicy } from "../core/retry-policy";
import { sendProviderRequest } from "../core/send-provider-request";
import { buildAuthorizationUrl, type TikTokAuthorizationRequest } from "./authorization-url";
import { classifyTikTokResponse, createUserInfoClassifier } from "./classify-tiktok-response";
import { tiktokTokenResponseSchema, toTikTokTokenSet, type TikTokTokenSet } from "./token-set";
import {
  tiktokUserInfoResponseSchema,
  userInfoFieldsToRequest,
  type TikTokUserField,
  type TikTokUserInfo,
} from "./user-info";

export type TikTokClientConfig = {
  clientKey: string;
  clientSecret: string;
  /** Where the consent page lives: `https://www.tiktok.com`, or `<sandbox>/tiktok/www`. */
  webBaseUrl: string;
  /** The open API: `https://open.tiktokapis.com`, or `<sandbox>/tiktok/api`. */
  apiBaseUrl: string;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Backoff for the idempotent calls (revoke, user info), the only ones retried. */
  retry?: Omit<RetryPolicy, "idempotent">;
};

export type TikTokClientDependencies = ProviderCallDependencies & {
  /** Clock the token expiries are computed from. Default: the system clock. */
  now?: () => Date;
};

export type TikTokCodeExchange = {
  code: string;
  /** The same redirect URI the authorization URL carried. */
  redirectUri: string;
  /** The verifier whose challenge the authorization URL carried. */
  codeVerifier: string;
};

export type TikTokClient = {
  buildTikTokAuthorizationUrl(request: TikTokAuthorizationRequest): string;
  /**
   * Sent once, never retried: a code is single-use.
   * @throws ProviderError (`auth` for a used, expired or foreign code)
   */
  exchangeTikTokCode(exchange: TikTokCodeExchange, context?: RequestContext): Promise<TikTokTokenSet>;
  /**
   * Sent once, never retried: TikTok may have rotated the refresh token even when no answer
   * arrived (`error.ambiguous`), and a retry with the old one would then fail. Store the
   * returned refresh token, always.
   * @throws ProviderError (`auth` when the refresh token is dead: reconnect needed)
   */
  refreshTikTokToken(refreshToken: string, context?: RequestContext): Promise<TikTokTokenSet>;
  /** Ends the user's authorization of this app. Safe to repeat. @throws ProviderError */
  revokeTikTokToken(token: string, context?: RequestContext): Promise<void>;
  /**
   * `open_id` is always requested. @throws ProviderError (`invalid_request` naming the missing
   * scopes when the user did not grant what the fields need)
   */
  getTikTokUserInfo(
    accessToken: string,
    fields: readonly TikTokUserField[],
    context?: RequestContext,
  ): Promise<TikTokUserInfo>;
};

export function createTikTokClient(
  config: TikTokClientConfig,
  dependencies: TikTokClientDependencies = {},
): TikTokClient {
  const apiBaseUrl = config.apiBaseUrl.replace(/\/+$/, "");
  const now = dependencies.now ?? (() => new Date());
  const appCredentials = { client_key: config.clientKey, client_secret: config.clientSecret };
  const idempotentRetry: RetryPolicy = { ...config.retry, idempotent: true };

  const requestTokens = async (
    action: string,
    grant: Record<string, FormFieldValue>,
    grantSecrets: readonly string[],
    context: RequestContext | undefined,
  ): Promise<TikTokTokenSet> => {
    const issuedAt = now();
    const response = await sendProviderRequest(
      {
        provider: "tiktok",
        action,
        method: "POST",
        url: `${apiBaseUrl}/v2/oauth/token/`,
        body: { type: "form", fields: { ...appCredentials, ...grant } },
        timeoutMs: config.timeoutMs,
        retry: { idempotent: false },
        classifyResponse: classifyTikTokResponse,
        responseSchema: tiktokTokenResponseSchema,
        secrets: [config.clientSecret, ...grantSecrets],
        context,
      },
      dependencies,
    );
    return toTikTokTokenSet(response, issuedAt);
  };

  return {
    buildTikTokAuthorizationUrl(request) {
      return buildAuthorizationUrl(config.webBaseUrl, config.clientKey, request);
    },

    exchangeTikTokCode({ code, redirectUri, codeVerifier }, context) {
      return requestTokens(
        "exchange_code",
        { grant_type: "authorization_code", code, redirect_uri: redirectUri, code_verifier: codeVerifier },
        [code, codeVerifier],
        context,
      );
    },

    refreshTikTokToken(refreshToken, context) {
      return requestTokens(
        "refresh_token",
        { grant_type: "refresh_token", refresh_token: refreshToken },
        [refreshToken],
        context,
      );
    },

    async revokeTikTokToken(token, context) {
      await sendProviderRequest(
        {
          provider: "tiktok",
          action: "revoke_token",
          method: "POST",
          url: `${apiBaseUrl}/v2/oauth/revoke/`,
          body: { type: "form", fields: { ...appCredentials, token } },
          timeoutMs: config.timeoutMs,
          retry: idempotentRetry,
          classifyResponse: classifyTikTokResponse,
          // The success body is unspecified (possibly empty); only errors matter.
          responseSchema: z.unknown(),
          secrets: [config.clientSecret, token],
          context,
        },
        dependencies,
      );
    },

    getTikTokUserInfo(accessToken, fields, context) {
      const requested = userInfoFieldsToRequest(fields);
      return sendProviderRequest(
        {
          provider: "tiktok",
          action: "get_user_info",
          method: "GET",
          url: `${apiBaseUrl}/v2/user/info/?fields=${requested.join(",")}`,
          headers: { authorization: `Bearer ${accessToken}` },
          timeoutMs: config.timeoutMs,
          retry: idempotentRetry,
          classifyResponse: createUserInfoClassifier(requested),
          responseSchema: tiktokUserInfoResponseSchema,
          secrets: [accessToken],
          context,
        },
        dependencies,
      );
    },
  };
}
