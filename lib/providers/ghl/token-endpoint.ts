import type { RequestContext } from "../core/provider-request";
import type { FormFieldValue } from "../core/request-body";
import { ghlApiUrl, type GhlTransport } from "./ghl-request";
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
  { config, send, now }: GhlTransport,
  grant: TokenGrant,
  context: RequestContext | undefined,
): Promise<GhlTokenSet> {
  const issuedAt = now();
  const response = await send({
    action: grant.action,
    method: "POST",
    url: ghlApiUrl(config, "/oauth/token"),
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
  transport: GhlTransport,
  input: ExchangeGhlCodeInput,
  context?: RequestContext,
): Promise<GhlTokenSet> {
  const fields = { grant_type: "authorization_code", code: input.code, redirect_uri: input.redirectUri };
  return requestTokens(
    transport,
    { action: "exchange_code", fields, grantSecret: input.code, userType: input.userType },
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
  transport: GhlTransport,
  input: RefreshGhlTokenInput,
  context?: RequestContext,
): Promise<GhlTokenSet> {
  const fields = { grant_type: "refresh_token", refresh_token: input.refreshToken };
  return requestTokens(
    transport,
    { action: "refresh_token", fields, grantSecret: input.refreshToken, userType: input.userType },
    context,
  );
}
