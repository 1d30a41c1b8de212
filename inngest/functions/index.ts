import { checkAlertConditionsFunction } from "./check-alert-conditions";
import { dispatchAutomationsFunction } from "./dispatch-automations";
import { forwardAlertFunction } from "./forward-alert";
import { notifyAdminOfOnboardingFunction } from "./notify-admin-of-onboarding";
import { provisionGhlSubaccountFunction } from "./provision-ghl-subaccount";
import { purgeIntegrationLogFunction } from "./purge-integration-log";
import { purgeRateLimitBucketsFunction } from "./purge-rate-limit-buckets";
import { refreshGhlTokenFunction } from "./refresh-ghl-token";
import { runAutomationFunction } from "./run-automation";
import { sendPasswordResetFunction } from "./send-password-reset";
import { socialDailyCheckFanOutFunction, socialDailyCheckFunction } from "./social-daily-check";
import { socialProcessWebhookFunction } from "./social-process-webhook";
import { socialSendReconnectLinkFunction } from "./social-reconnect-link";
import { socialRefreshAccountFunction, socialRefreshFanOutFunction } from "./social-refresh";
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
  refreshGhlTokenFunction,
  provisionGhlSubaccountFunction,
  socialRefreshFanOutFunction,
  socialRefreshAccountFunction,
  socialDailyCheckFanOutFunction,
  socialDailyCheckFunction,
  socialSendReconnectLinkFunction,
  socialProcessWebhookFunction,
  dispatchAutomationsFunction,
  runAutomationFunction,
  forwardAlertFunction,
  checkAlertConditionsFunction,
];
