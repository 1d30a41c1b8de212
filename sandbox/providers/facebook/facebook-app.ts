/** The one app the simulated Facebook knows (see scripts/lib/sandbox-env.ts). */
export const FACEBOOK_SANDBOX_APP = {
  id: "100000000000001",
  secret: "sandbox-facebook-app-secret",
  name: "Social Scale (sandbox)",
} as const;

/** Token lifetimes as Graph reports them in `expires_in`. */
export const SHORT_LIVED_USER_TOKEN_SECONDS = 5_183;
export const LONG_LIVED_USER_TOKEN_SECONDS = 5_183_944;
/** The user's data-access grant lapses 90 days after it was given. */
export const DATA_ACCESS_SECONDS = 90 * 24 * 3600;
