import type { RequestContext } from "../core/provider-request";
import { buildGhlAuthorizationUrl, type GhlAuthorizationRequest } from "./authorization-url";
import type { GhlClientConfig } from "./config";
import { createGhlApi, type GhlApi } from "./ghl-api";
import { createGhlSender, type GhlClientDependencies, type GhlTransport } from "./ghl-request";
import {
  authenticateGhlSubaccountUser,
  type AuthenticateGhlSubaccountUserInput,
  type GhlSubaccountSession,
} from "./subaccount-login";
import {
  exchangeGhlCode,
  refreshGhlToken,
  type ExchangeGhlCodeInput,
  type RefreshGhlTokenInput,
} from "./token-endpoint";
import type { GhlTokenSet } from "./token-set";

export type GhlClient = {
  /** The scopes the app asks for (GHL_SCOPES); a grant missing one is incomplete. */
  requiredScopes: readonly string[];
  /** The location chooser URL to send the agency admin to. */
  buildGhlAuthorizationUrl(request: GhlAuthorizationRequest): string;
  /** @throws ProviderError; never retried (codes are single-use) */
  exchangeGhlCode(input: ExchangeGhlCodeInput, context?: RequestContext): Promise<GhlTokenSet>;
  /** @throws ProviderError; never retried (refresh tokens rotate); `auth` = reconnect needed */
  refreshGhlToken(input: RefreshGhlTokenInput, context?: RequestContext): Promise<GhlTokenSet>;
  /** The API as seen with one access token (agency or sub-account). */
  withAccessToken(accessToken: string): GhlApi;
  /** @throws ProviderError; see isGhlTwoFactorRequired */
  authenticateSubaccountUser(
    input: AuthenticateGhlSubaccountUserInput,
    context?: RequestContext,
  ): Promise<GhlSubaccountSession>;
};

/** GoHighLevel (LeadConnector API v2) client; pure: configuration and collaborators come in. */
export function createGhlClient(config: GhlClientConfig, dependencies: GhlClientDependencies = {}): GhlClient {
  const transport: GhlTransport = {
    config,
    send: createGhlSender(config.timeoutMs, dependencies),
    now: dependencies.now ?? (() => new Date()),
  };
  return {
    requiredScopes: config.scopes,
    buildGhlAuthorizationUrl: (request) => buildGhlAuthorizationUrl(config, request),
    exchangeGhlCode: (input, context) => exchangeGhlCode(transport, input, context),
    refreshGhlToken: (input, context) => refreshGhlToken(transport, input, context),
    withAccessToken: (accessToken) => createGhlApi(transport, accessToken),
    authenticateSubaccountUser: (input, context) => authenticateGhlSubaccountUser(transport, input, context),
  };
}
