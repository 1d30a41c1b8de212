type ProviderDefaults = {
  /** The provider counts as configured when this variable is set. */
  configuredBy: string;
  values: (sandboxUrl: string) => Record<string, string>;
};

// The sandbox accepts exactly these fake credentials (see sandbox/providers/*).
const providerDefaults: ProviderDefaults[] = [
  {
    configuredBy: "RESEND_API_KEY",
    values: (sandbox) => ({ RESEND_API_KEY: "re_sandbox_local_key", RESEND_BASE_URL: `${sandbox}/resend` }),
  },
  {
    configuredBy: "FAMPAGE_API_KEY",
    values: (sandbox) => ({ FAMPAGE_API_KEY: "fampage-sandbox-key", FAMPAGE_BASE_URL: `${sandbox}/fampage/api/v2` }),
  },
  {
    configuredBy: "GHL_CLIENT_ID",
    values: (sandbox) => ({
      GHL_CLIENT_ID: "sandbox-ghl-client-id",
      GHL_CLIENT_SECRET: "sandbox-ghl-client-secret",
      GHL_AUTHORIZE_URL: `${sandbox}/ghl/oauth/chooselocation`,
      GHL_API_BASE_URL: `${sandbox}/ghl/api`,
      GHL_BACKEND_URL: `${sandbox}/ghl/backend`,
      GHL_AGENCY_LOCATION_ID: "sbxAgencyCrmLocation",
    }),
  },
  {
    configuredBy: "FACEBOOK_APP_ID",
    values: (sandbox) => ({
      FACEBOOK_APP_ID: "100000000000001",
      FACEBOOK_APP_SECRET: "sandbox-facebook-app-secret",
      FACEBOOK_WEB_BASE_URL: `${sandbox}/facebook/www`,
      FACEBOOK_GRAPH_BASE_URL: `${sandbox}/facebook/graph`,
      FACEBOOK_WEBHOOK_VERIFY_TOKEN: "sandbox-verify-token",
    }),
  },
  {
    configuredBy: "INSTAGRAM_APP_ID",
    values: (sandbox) => ({
      INSTAGRAM_APP_ID: "200000000000002",
      INSTAGRAM_APP_SECRET: "sandbox-instagram-app-secret",
      INSTAGRAM_WEB_BASE_URL: `${sandbox}/instagram/www`,
      INSTAGRAM_API_BASE_URL: `${sandbox}/instagram/api`,
      INSTAGRAM_GRAPH_BASE_URL: `${sandbox}/instagram/graph`,
    }),
  },
  {
    configuredBy: "TIKTOK_CLIENT_KEY",
    values: (sandbox) => ({
      TIKTOK_CLIENT_KEY: "sandboxtiktokclientkey",
      TIKTOK_CLIENT_SECRET: "sandbox-tiktok-client-secret",
      TIKTOK_WEB_BASE_URL: `${sandbox}/tiktok/www`,
      TIKTOK_API_BASE_URL: `${sandbox}/tiktok/api`,
    }),
  },
  {
    configuredBy: "TELEGRAM_BOT_TOKEN",
    values: (sandbox) => ({ TELEGRAM_BOT_TOKEN: "123456:sandbox-bot-token", TELEGRAM_API_URL: `${sandbox}/telegram` }),
  },
  {
    // Lets webhook destinations reach the sandbox's receiver (a loopback address) in dev and tests.
    configuredBy: "WEBHOOK_SANDBOX_ORIGINS",
    values: (sandbox) => ({ WEBHOOK_SANDBOX_ORIGINS: new URL(sandbox).origin }),
  },
];

/**
 * Points every provider the operator did not configure at the local sandbox,
 * with the sandbox's own fake credentials. A configured provider is left alone.
 */
export function sandboxProviderEnv(sandboxUrl: string, environment: Partial<NodeJS.ProcessEnv>): Record<string, string> {
  return Object.assign(
    {},
    ...providerDefaults
      .filter((provider) => !environment[provider.configuredBy])
      .map((provider) => provider.values(sandboxUrl)),
  );
}
