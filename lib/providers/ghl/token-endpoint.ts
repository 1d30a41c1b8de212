import type { FormFieldValue } from "../core/request-body";
import type { RequestContext } from "../core/provider-request";
import type { GhlClientConfig } from "./config";
import type { GhlSender } from "./ghl-request";
import { ghlTokenResponseSchema, toGhlTokenSet, type GhlTokenSet, type GhlUserType } from "./token-set";

export type ExchangeGhlCodeInput = {
  code: string;
  /** Must equal the redirect URI the authorization was requested with. */
  redirectUri: string;
  userType: GhlUserType;
};

export type RefreshGhlTokenInput = {
  refreshToken: string;
  userType: GhlUserType;
};

type TokenGrant = {
  action: string;
  fields: Record<string, FormFieldValue>;
  /** The code or refresh token being spent. */
  grantSecret: string;
  userType: GhlUserType;
};

/**
 * Both grants spend something single-use (a code, a rotating refresh token): a repeat after an
 * unanswered first try would at best fail with invalid_grant and at worst burn the new refresh
 * token, so a grant is sent exactly once. An `ambiguous` failure means the grant may be spent.
 */
async function requestTokens(
  config: GhlClientConfig,
  send: GhlSender,
  now: () => Date,
  grant: TokenGrant,
  context: RequestContext | undefined,
): Promise<GhlTokenSet> {
  const issuedAt = now();
  const response = await send({
    action: grant.action,
    method: "POST",
    url: `${config.apiBaseUrl.replace(/\/+$/, "")}/oauth/token`,
    body: {
      type: "form",
      fields: {
        client_id: config.clientId,
        client_secret: config.clientSecret,
        user_type: grant.userType,
        ...grant.fields,
      },
    },
    retry: { idempotent: false },
    responseSchema: ghlTokenResponseSchema,
    secrets: [config.clientSecret, grant.grantSecret],
    context,
  });
  return toGhlTokenSet(response, grant.userType, issuedAt);
}

/** @throws ProviderError; `auth` (invalid_grant) when the code is unknown, used or expired */
export function exchangeGhlCode(
  config: GhlClientConfig,
  send: GhlSender,
  now: () => Date,
  input: ExchangeGhlCodeInput,
  context?: RequestContext,
): Promise<GhlTokenSet> {
  return requestTokens(
    config,
    send,
    now,
    {
      action: "exchange_code",
      fields: { grant_type: "authorization_code", code: input.code, redirect_uri: input.redirectUri },
      grantSecret: input.code,
      userType: input.userType,
    },
    context,
  );
}

/**
 * Trades a refresh token for a new pair; the old refresh token is dead afterwards. Callers must
 * refresh single-flight per connection and store the new pair before using it.
 *
 * @throws ProviderError; `auth` (invalid_grant) when the refresh token was spent or revoked (reconnect needed)
 */
export function refreshGhlToken(
  config: GhlClientConfig,
  send: GhlSender,
  now: () => Date,
  input: RefreshGhlTokenInput,
  context?: RequestContext,
): Promise<GhlTokenSet> {
  return requestTokens(
    config,
    send,
    now,
    {
      action: "refresh_token",
      fields: { grant_type: "refresh_token", refresh_token: input.refreshToken },
      grantSecret: input.refreshToken,
      userType: input.userType,
    },
    context,
  );
}
