/** The one app the simulated Instagram knows (see scripts/lib/sandbox-env.ts). */
export const INSTAGRAM_SANDBOX_APP = {
  id: "200000000000002",
  secret: "sandbox-instagram-app-secret",
  name: "Social Scale (sandbox)",
} as const;

export const SHORT_LIVED_TOKEN_SECONDS = 3_600;
export const LONG_LIVED_TOKEN_SECONDS = 5_183_944;
/** Instagram refreshes only tokens at least this old. */
export const MIN_REFRESH_AGE_SECONDS = 24 * 3600;
