import type { z } from "zod";
import { ProviderError } from "../core/provider-error";
import type { ProviderCallDependencies, RequestContext } from "../core/provider-request";
import type { RetryPolicy } from "../core/retry-policy";
import { sendProviderRequest } from "../core/send-provider-request";
import { accessTokenResponseSchema, type IssuedAccessToken } from "./access-token-response";
import { appSecretProof } from "./appsecret-proof";
import { createGraphResponseClassifier } from "./classify-graph-response";
import {
  debugTokenResponseSchema,
  instagramBusinessProfileResponseSchema,
  managedPagesResponseSchema,
  pageInstagramAccountResponseSchema,
  pageProfileResponseSchema,
  type FacebookPage,
  type FacebookPageProfile,
  type FacebookTokenInfo,
  type InstagramBusinessProfile,
  type ManagedPagesPage,
} from "./facebook-responses";
import { buildProviderUrl } from "./provider-url";

export type FacebookClientConfig = {
  appId: string;
  appSecret: string;
  /** e.g. `v21.0`. */
  graphVersion: string;
  /** Where the Login dialog lives: `https://www.facebook.com`, or `<sandbox>/facebook/www`. */
  webBaseUrl: string;
  /** `https://graph.facebook.com`, or `<sandbox>/facebook/graph`. */
  graphBaseUrl: string;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Backoff for idempotent calls (all but the code exchange). */
  retry?: Omit<RetryPolicy, "idempotent">;
};

export type FacebookAuthorizationRequest = {
  state: string;
  redirectUri: string;
  scopes: readonly string[];
};

export type FacebookCodeExchange = { code: string; redirectUri: string };

export type FacebookClient = {
  /** The Login dialog address to send the user's browser to. */
  buildFacebookAuthorizationUrl(request: FacebookAuthorizationRequest): string;
  /** Trades the dialog's single-use code for a short-lived (1–2 h) user token; never retried. @throws ProviderError */
  exchangeFacebookCode(exchange: FacebookCodeExchange, context?: RequestContext): Promise<IssuedAccessToken>;
  /**
   * A ~60-day user token for a still-valid one. Facebook has no refresh token: "refreshing" is
   * exchanging the current long-lived token again before it expires. @throws ProviderError
   */
  exchangeForLongLivedToken(userToken: string, context?: RequestContext): Promise<IssuedAccessToken>;
  /** Every Page the user granted, with Page tokens, following Graph's paging to the end. @throws ProviderError */
  listManagedPages(userToken: string, context?: RequestContext): Promise<FacebookPage[]>;
  /** The Instagram professional account linked to the Page, or null when there is none. @throws ProviderError */
  getInstagramBusinessAccount(pageId: string, pageToken: string, context?: RequestContext): Promise<string | null>;
  /** The Page's name and followers, read with its Page token. @throws ProviderError */
  getPageProfile(pageId: string, pageToken: string, context?: RequestContext): Promise<FacebookPageProfile>;
  /** @throws ProviderError */
  getInstagramProfile(instagramAccountId: string, accessToken: string, context?: RequestContext): Promise<InstagramBusinessProfile>;
  /** What Graph knows about a token (validity, expiry, scopes), asked with the app's own credentials. @throws ProviderError */
  debugToken(token: string, context?: RequestContext): Promise<FacebookTokenInfo>;
};

const PAGE_SIZE = 100;
const INSTAGRAM_PROFILE_FIELDS = "id,username,name,profile_picture_url,followers_count";

const classifyFacebookResponse = createGraphResponseClassifier("Facebook");

type GraphGet<TSchema extends z.ZodType> = {
  action: string;
  url: string;
  responseSchema: TSchema;
  /** Credentials in this call besides the app secret, which is always masked. */
  secrets: readonly string[];
  idempotent: boolean;
  context: RequestContext | undefined;
};

export function createFacebookClient(
  config: FacebookClientConfig,
  dependencies: ProviderCallDependencies = {},
): FacebookClient {
  const graphUrl = (path: string, query: Record<string, string>): string =>
    buildProviderUrl(config.graphBaseUrl, `${config.graphVersion}/${path}`, query);

  const graphGet = <TSchema extends z.ZodType>(call: GraphGet<TSchema>): Promise<z.output<TSchema>> =>
    sendProviderRequest(
      {
        provider: "facebook",
        action: call.action,
        method: "GET",
        url: call.url,
        timeoutMs: config.timeoutMs,
        retry: { ...config.retry, idempotent: call.idempotent },
        classifyResponse: classifyFacebookResponse,
        responseSchema: call.responseSchema,
        secrets: [config.appSecret, ...call.secrets],
        context: call.context,
      },
      dependencies,
    );

  /** Query and secrets for a call made with a user or Page token. */
  const withToken = (accessToken: string) => {
    const proof = appSecretProof(accessToken, config.appSecret);
    return { query: { access_token: accessToken, appsecret_proof: proof }, secrets: [accessToken, proof] };
  };

  /** Graph's `paging.next` carries the token; follow it only back to Graph itself. */
  const nextPageUrl = (next: string, userToken: string): string => {
    const url = new URL(next);
    if (url.origin !== new URL(config.graphBaseUrl).origin) {
      throw new ProviderError({
        kind: "unexpected",
        provider: "facebook",
        action: "list_pages",
        message: `Graph pointed the next page of Pages to another host (${url.origin})`,
      });
    }
    for (const [name, value] of Object.entries(withToken(userToken).query)) url.searchParams.set(name, value);
    return url.toString();
  };

  return {
    buildFacebookAuthorizationUrl({ state, redirectUri, scopes }) {
      return buildProviderUrl(config.webBaseUrl, `${config.graphVersion}/dialog/oauth`, {
        client_id: config.appId,
        redirect_uri: redirectUri,
        state,
        scope: scopes.join(","),
        response_type: "code",
      });
    },

    exchangeFacebookCode({ code, redirectUri }, context) {
      return graphGet({
        action: "exchange_code",
        url: graphUrl("oauth/access_token", {
          client_id: config.appId,
          redirect_uri: redirectUri,
          client_secret: config.appSecret,
          code,
        }),
        responseSchema: accessTokenResponseSchema,
        secrets: [code],
        // A code works once: repeating the exchange after a lost answer can only fail.
        idempotent: false,
        context,
      });
    },

    exchangeForLongLivedToken(userToken, context) {
      return graphGet({
        action: "exchange_long_lived_token",
        url: graphUrl("oauth/access_token", {
          grant_type: "fb_exchange_token",
          client_id: config.appId,
          client_secret: config.appSecret,
          fb_exchange_token: userToken,
        }),
        responseSchema: accessTokenResponseSchema,
        secrets: [userToken],
        idempotent: true,
        context,
      });
    },

    async listManagedPages(userToken, context) {
      const token = withToken(userToken);
      const pages: FacebookPage[] = [];
      let url: string | null = graphUrl("me/accounts", {
        fields: "id,name,access_token,tasks",
        limit: String(PAGE_SIZE),
        ...token.query,
      });
      // No page cap: an agency's client may manage any number of Pages. A `next` already
      // followed would loop forever, so it ends the listing instead.
      const followed = new Set<string>();
      while (url !== null) {
        followed.add(url);
        const page: ManagedPagesPage = await graphGet({
          action: "list_pages",
          url,
          responseSchema: managedPagesResponseSchema,
          secrets: token.secrets,
          idempotent: true,
          context,
        });
        pages.push(...page.pages);
        // Graph may send `next` with an empty last page; an empty page ends the listing either way.
        const next: string | null =
          page.nextPageUrl === null || page.pages.length === 0 ? null : nextPageUrl(page.nextPageUrl, userToken);
        url = next !== null && followed.has(next) ? null : next;
      }
      return pages;
    },

    getInstagramBusinessAccount(pageId, pageToken, context) {
      const token = withToken(pageToken);
      return graphGet({
        action: "get_page_instagram_account",
        url: graphUrl(encodeURIComponent(pageId), { fields: "instagram_business_account", ...token.query }),
        responseSchema: pageInstagramAccountResponseSchema,
        secrets: token.secrets,
        idempotent: true,
        context,
      });
    },

    getPageProfile(pageId, pageToken, context) {
      const token = withToken(pageToken);
      return graphGet({
        action: "get_page_profile",
        url: graphUrl(encodeURIComponent(pageId), { fields: "name,followers_count", ...token.query }),
        responseSchema: pageProfileResponseSchema,
        secrets: token.secrets,
        idempotent: true,
        context,
      });
    },

    getInstagramProfile(instagramAccountId, accessToken, context) {
      const token = withToken(accessToken);
      return graphGet({
        action: "get_instagram_profile",
        url: graphUrl(encodeURIComponent(instagramAccountId), { fields: INSTAGRAM_PROFILE_FIELDS, ...token.query }),
        responseSchema: instagramBusinessProfileResponseSchema,
        secrets: token.secrets,
        idempotent: true,
        context,
      });
    },

    debugToken(token, context) {
      const appToken = `${config.appId}|${config.appSecret}`;
      return graphGet({
        action: "debug_token",
        url: graphUrl("debug_token", { input_token: token, access_token: appToken }),
        responseSchema: debugTokenResponseSchema,
        secrets: [token, appToken],
        idempotent: true,
        context,
      });
    },
  };
}
