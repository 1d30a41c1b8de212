import { purgeRateLimitBucketsFunction } from "./purge-rate-limit-buckets";
import { socialDailyCheckFanOutFunction, socialDailyCheckFunction } from "./social-daily-check";
import { socialProcessWebhookFunction } from "./social-process-webhook";
import { socialSendReconnectLinkFunction } from "./social-reconnect-link";
import { socialRefreshAccountFunction, socialRefreshFanOutFunction } from "./social-refresh";
import { syncOpenOrdersFunction } from "./sync-open-orders";
import { syncServiceCatalogFunction } from "./sync-service-catalog";

/** Every function the app serves to the workflow engine. */
export const inngestFunctions = [
  syncOpenOrdersFunction,
  syncServiceCatalogFunction,
  purgeRateLimitBucketsFunction,
  socialRefreshFanOutFunction,
  socialRefreshAccountFunction,
  socialDailyCheckFanOutFunction,
  socialDailyCheckFunction,
  socialSendReconnectLinkFunction,
  socialProcessWebhookFunction,
];
