import { Hono } from "hono";
import type { ProviderSimulator } from "../../core/provider-simulator";
import { createTikTokApi } from "./api-router";
import { createTikTokConsentPages } from "./consent-pages-router";
import { createTikTokControl } from "./control-router";
import { FixedWindowRateLimiter } from "./rate-limiter";
import { DEFAULT_REQUESTS_PER_MINUTE, SANDBOX_CLIENT_KEY } from "./sandbox-app";
import { tiktokFaultBodies } from "./tiktok-bodies";
import { TikTokStore } from "./tiktok-store";

const AUTHORIZE_PATH = "/tiktok/www/v2/auth/authorize/";
const CONSENT_PREVIEW = `${AUTHORIZE_PATH}?${new URLSearchParams({
  client_key: SANDBOX_CLIENT_KEY,
  scope: "user.info.basic,user.info.stats",
  response_type: "code",
  redirect_uri: "http://localhost:3000/oauth/tiktok/callback",
  state: "preview",
}).toString()}`;
const ONE_MINUTE_MS = 60_000;

/**
 * TikTok Login Kit and the open API: the consent page under `/tiktok/www` (TIKTOK_WEB_BASE_URL),
 * the API under `/tiktok/api` (TIKTOK_API_BASE_URL).
 */
export const tiktokSimulator: ProviderSimulator = {
  name: "tiktok",
  baseUrlEnvVar: "TIKTOK_API_BASE_URL",
  faultBodies: tiktokFaultBodies,
  humanPages: [{ label: "Consent page", path: CONSENT_PREVIEW }],
  create(context) {
    const store = new TikTokStore();
    const rateLimiter = new FixedWindowRateLimiter(DEFAULT_REQUESTS_PER_MINUTE, ONE_MINUTE_MS);
    return {
      api: new Hono().route("/api", createTikTokApi(context, store, rateLimiter)),
      pages: createTikTokConsentPages(context, store, AUTHORIZE_PATH),
      control: createTikTokControl(store, context, rateLimiter),
      reset: () => {
        store.clear();
        rateLimiter.reset();
      },
    };
  },
};
