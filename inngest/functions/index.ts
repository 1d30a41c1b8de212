import { provisionGhlSubaccountFunction } from "./provision-ghl-subaccount";
import { purgeRateLimitBucketsFunction } from "./purge-rate-limit-buckets";
import { refreshGhlTokenFunction } from "./refresh-ghl-token";
import { syncOpenOrdersFunction } from "./sync-open-orders";
import { syncServiceCatalogFunction } from "./sync-service-catalog";

/** Every function the app serves to the workflow engine. */
export const inngestFunctions = [
  syncOpenOrdersFunction,
  syncServiceCatalogFunction,
  purgeRateLimitBucketsFunction,
  refreshGhlTokenFunction,
  provisionGhlSubaccountFunction,
];
