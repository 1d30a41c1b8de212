/** The one TikTok app the sandbox knows; scripts/lib/sandbox-env.ts hands these to the app. */
export const SANDBOX_CLIENT_KEY = "sandboxtiktokclientkey";
export const SANDBOX_CLIENT_SECRET = "sandbox-tiktok-client-secret";

export const ACCESS_TOKEN_LIFETIME_SECONDS = 24 * 3600;
export const REFRESH_TOKEN_LIFETIME_SECONDS = 365 * 24 * 3600;
export const AUTHORIZATION_CODE_LIFETIME_SECONDS = 10 * 60;
/** TikTok allows 600 requests per minute per endpoint. */
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
