import type { ProviderSimulator } from "../../core/provider-simulator";
import { createConsentPages } from "./consent-pages";
import { createGhlControl } from "./control-router";
import { ghlFaultBodies } from "./ghl-errors";
import { GhlStore } from "./ghl-store";
import { GhlRateLimiter } from "./rate-limiter";
import { createGhlApi } from "./router";

const CONSENT_PATH = "/ghl/oauth/chooselocation";

export const ghlSimulator: ProviderSimulator = {
  name: "ghl",
  baseUrlEnvVar: "GHL_API_BASE_URL",
  faultBodies: ghlFaultBodies,
  // The consent page needs the app's query parameters, so it is reached through the app, not listed.
  humanPages: [],
  create(context) {
    const store = new GhlStore();
    const limiter = new GhlRateLimiter();
    return {
      api: createGhlApi(context, store, limiter),
      pages: createConsentPages(context, store, CONSENT_PATH),
      control: createGhlControl(context, store, limiter),
      reset: () => {
        store.clear();
        limiter.clear();
      },
    };
  },
};
