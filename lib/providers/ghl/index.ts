export { createGhlClient, type GhlClient } from "./ghl-client";
export { ghlConfigFromEnv, type GhlClientConfig } from "./config";
export type { GhlApi } from "./ghl-api";
export type { GhlClientDependencies } from "./ghl-request";
export type { GhlAuthorizationRequest } from "./authorization-url";
export type { ExchangeGhlCodeInput, RefreshGhlTokenInput } from "./token-endpoint";
export type { GhlLocationToken, GhlTokenSet, GhlUserType } from "./token-set";
export type { GetGhlLocationTokenInput } from "./location-token";
export type { CreateGhlLocationInput, GhlLocation } from "./locations";
export type { CreateGhlUserInput, GhlUser } from "./users";
export type { CreateGhlContactInput, GhlContact } from "./contacts";
export type { GhlContactNote } from "./contact-activity";
export type { GhlRateLimitStatus } from "./rate-limit-headers";
export {
  GHL_TWO_FACTOR_REQUIRED,
  isGhlTwoFactorRequired,
  type AuthenticateGhlSubaccountUserInput,
  type GhlSubaccountSession,
} from "./subaccount-login";
