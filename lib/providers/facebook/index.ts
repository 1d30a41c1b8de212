export {
  createFacebookClient,
  type FacebookAuthorizationRequest,
  type FacebookClient,
  type FacebookClientConfig,
  type FacebookCodeExchange,
} from "./facebook-client";
export { facebookConfigFromEnv } from "./config";
export type { IssuedAccessToken } from "./access-token-response";
export type { FacebookPage, FacebookPageProfile, FacebookTokenInfo, InstagramBusinessProfile } from "./facebook-responses";
