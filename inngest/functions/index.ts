import { notifyAdminOfOnboardingFunction } from "./notify-admin-of-onboarding";
import { purgeIntegrationLogFunction } from "./purge-integration-log";
import { purgeRateLimitBucketsFunction } from "./purge-rate-limit-buckets";
import { sendPasswordResetFunction } from "./send-password-reset";
import { scheduleStatusSyncFunction, syncOpenOrdersFunction } from "./sync-open-orders";
import { syncServiceCatalogFunction } from "./sync-service-catalog";

/** Every function the app serves to the workflow engine. */
export const inngestFunctions = [
  syncOpenOrdersFunction,
  scheduleStatusSyncFunction,
  syncServiceCatalogFunction,
  purgeRateLimitBucketsFunction,
  purgeIntegrationLogFunction,
  sendPasswordResetFunction,
  notifyAdminOfOnboardingFunction,
];
