import { formatMoney, formatProviderMoney, sellPrice } from "@/lib/money";
import { planOrder, type RequestedService } from "@/lib/orders/order-request";
import type { OrderPreviewFigures } from "./order-preview";

/** What the order form has typed so far, as it holds it (strings). */
export type EstimateInput = {
  service: Omit<RequestedService, "active">;
  quantity: string;
  runs: string;
  comments: string;
  multiplier: string;
  currency: string;
};

const numberOrUndefined = (value: string) => (value.trim() === "" || Number.isNaN(Number(value)) ? undefined : Math.trunc(Number(value)));

/**
 * The order form's preview, worked out as the server will (planOrder, exact decimals). Loaded
 * by the form only once a service is chosen: decimal.js is not part of the page's first load.
 */
export function estimateOrder({ service, quantity, runs, comments, multiplier, currency }: EstimateInput): OrderPreviewFigures | null {
  const planned = planOrder(
    { ...service, active: true },
    {
      idempotencyKey: "",
      companyId: "",
      serviceId: service.id,
      link: "",
      quantity: numberOrUndefined(quantity),
      dripFeed: numberOrUndefined(runs) ? { runs: numberOrUndefined(runs) ?? 1, intervalMinutes: 1 } : undefined,
      comments: comments.split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
      answerNumber: 1,
    },
  );
  if (!planned.ok || !/^\d{1,4}(\.\d{1,4})?$/.test(multiplier.trim())) return null;
  const cost = planned.plan.expectedCost;
  return {
    units: planned.plan.orderedUnits.toLocaleString("en-US"),
    cost: formatProviderMoney(cost, currency),
    invoice: formatMoney(sellPrice(cost, multiplier.trim(), currency), currency),
  };
}
