import type { Decimal } from "decimal.js";
import type { CatalogService } from "./catalog";
import { PANEL_CURRENCY } from "./fampage-store";
import type { SandboxOrder } from "./sandbox-order";

/** The panel prints money with five decimals, as a string. */
export function panelMoney(amount: Decimal): string {
  return amount.toFixed(5);
}

/** One entry of `action=services`: numbers as strings, absent flags left out, like the real panel. */
export function serviceView(service: CatalogService): Record<string, unknown> {
  return {
    service: service.service,
    name: service.name,
    type: service.type,
    category: service.category,
    rate: service.rate,
    min: String(service.min),
    max: String(service.max),
    refill: service.refill,
    ...(service.cancel === undefined ? {} : { cancel: service.cancel }),
    ...(service.dripfeed === undefined ? {} : { dripfeed: service.dripfeed }),
    ...(service.desc === undefined ? {} : { desc: service.desc }),
  };
}

/** `action=status` for one order. */
export function orderStatusView(order: SandboxOrder): Record<string, string> {
  return {
    charge: panelMoney(order.charge),
    start_count: String(order.status === "Pending" ? 0 : order.startCount),
    status: order.reportedStatusWord ?? order.status,
    remains: String(order.remains),
    currency: PANEL_CURRENCY,
  };
}
