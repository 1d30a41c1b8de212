export type { AddOrderParams, DripFeed, OrderServiceType } from "./add-order-params";
export type { PanelBalance } from "./balance";
export { fampageClientConfig } from "./config";
export {
  createFampageClient,
  type FampageClient,
  type FampageClientConfig,
  type PlacedOrder,
} from "./fampage-client";
export type { FampageRefusalCode, PanelItemResult, PanelRefusal } from "./fampage-refusals";
export { MAX_IDS_PER_BATCH } from "./order-id-list";
export { ORDER_STATUSES, type OrderStatus, type PanelOrderStatus } from "./order-status";
export type { PanelService } from "./panel-service";
export { REFILL_STATUSES, type RefillRequest, type RefillStatus } from "./refill";
