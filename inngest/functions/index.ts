import { notifyAdminOfOnboardingFunction } from "./notify-admin-of-onboarding";
import { purgeRateLimitBucketsFunction } from "./purge-rate-limit-buckets";
import { sendPasswordResetFunction } from "./send-password-reset";
import { syncOpenOrdersFunction } from "./sync-open-orders";
import { syncServiceCatalogFunction } from "./sync-service-catalog";

/** Every function the app serves to the workflow engine. */
export const inngestFunctions = [
  syncOpenOrdersFunction,
  syncServiceCatalogFunction,
  purgeRateLimitBucketsFunction,
  sendPasswordResetFunction,
  notifyAdminOfOnboardingFunction,
];
