export type { TikTokAuthorizationRequest } from "./authorization-url";
export { tiktokConfigFromEnv } from "./config";
export { createPkcePair, type PkcePair } from "./pkce";
export {
  createTikTokClient,
  type TikTokClient,
  type TikTokClientConfig,
  type TikTokClientDependencies,
  type TikTokCodeExchange,
} from "./tiktok-client";
export type { TikTokTokenSet } from "./token-set";
export { TIKTOK_USER_FIELD_SCOPES, type TikTokUserField, type TikTokUserInfo } from "./user-info";
