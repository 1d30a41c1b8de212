import { checkAlertConditionsFunction } from "./check-alert-conditions";
import { dispatchAutomationsFunction } from "./dispatch-automations";
import { forwardAlertFunction } from "./forward-alert";
import { purgeRateLimitBucketsFunction } from "./purge-rate-limit-buckets";
import { runAutomationFunction } from "./run-automation";
import { syncOpenOrdersFunction } from "./sync-open-orders";
import { syncServiceCatalogFunction } from "./sync-service-catalog";

/** Every function the app serves to the workflow engine. */
export const inngestFunctions = [
  syncOpenOrdersFunction,
  syncServiceCatalogFunction,
  purgeRateLimitBucketsFunction,
  dispatchAutomationsFunction,
  runAutomationFunction,
  forwardAlertFunction,
  checkAlertConditionsFunction,
];
