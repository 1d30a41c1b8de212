export {
  createInstagramClient,
  type InstagramAuthorizationRequest,
  type InstagramClient,
  type InstagramClientConfig,
  type InstagramCodeExchange,
} from "./instagram-client";
export { instagramConfigFromEnv } from "./config";
export type { InstagramLoginToken, InstagramProfile } from "./instagram-responses";
export type { IssuedAccessToken } from "../facebook/access-token-response";
