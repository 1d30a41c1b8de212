/** The only app the simulated marketplace knows: the credentials scripts/lib/sandbox-env.ts hands the app. */
export const SANDBOX_GHL_CLIENT_ID = "sandbox-ghl-client-id";
export const SANDBOX_GHL_CLIENT_SECRET = "sandbox-ghl-client-secret";

/** The agency (GoHighLevel "company") that installs the app on the consent page, and its admin. */
export const SANDBOX_AGENCY = {
  companyId: "sbxAgencyCompany0001",
  name: "Sandbox Agency",
  adminUserId: "sbxAgencyAdminUser01",
  /** The agency's own CRM sub-account, where client companies are kept as contacts. */
  crmLocationId: "sbxAgencyCrmLocation",
} as const;

export const ACCESS_TOKEN_LIFETIME_SECONDS = 86_399;
export const REFRESH_TOKEN_LIFETIME_SECONDS = 365 * 24 * 3600;
export const AUTHORIZATION_CODE_LIFETIME_SECONDS = 10 * 60;
/** Firebase ID tokens live one hour. */
export const FIREBASE_TOKEN_LIFETIME_SECONDS = 3600;
