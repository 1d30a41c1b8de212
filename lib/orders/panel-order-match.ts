import { type DecimalInput, toDecimal } from "@/lib/money";
import type { PanelOrderStatus } from "@/lib/providers/fampage";

/** The order as we placed it, to hold against what the panel reports for a given order number. */
export type OrderAsPlaced = { quantity: number; ratePer1000: DecimalInput; currency: string };

export type PanelOrderMatch = {
  /**
   * The quantity the panel's answer implies: its charge at our rate, plus what it did not
   * deliver for Partial and Canceled orders (it charges only what it delivered). The panel's
   * API does not report an order's quantity or link, so this is what can be compared.
   */
  impliedQuantity: number | null;
  /** Why this panel order is not ours; empty when everything the panel reports agrees. */
  problems: string[];
};

// Panels round charges their own way; a different order is off by far more than this.
const QUANTITY_TOLERANCE = 0.01;

export function matchPanelOrder(order: OrderAsPlaced, panel: PanelOrderStatus): PanelOrderMatch {
  const problems: string[] = [];
  const quantity = order.quantity.toLocaleString("en-US");
  if (panel.currency !== order.currency) {
    problems.push(`The panel bills this order in ${panel.currency}; ours was priced in ${order.currency}.`);
  }
  if (panel.remains > order.quantity) {
    problems.push(`The panel has ${panel.remains.toLocaleString("en-US")} units left to deliver, more than the ${quantity} we ordered.`);
  }
  const rate = toDecimal(order.ratePer1000);
  if (rate.isZero() || panel.currency !== order.currency) return { impliedQuantity: null, problems };

  const undelivered = panel.status === "Partial" || panel.status === "Canceled" ? panel.remains : 0;
  const impliedQuantity = panel.charge.times(1000).dividedBy(rate).plus(undelivered).toDecimalPlaces(0).toNumber();
  const tolerance = Math.max(1, Math.ceil(order.quantity * QUANTITY_TOLERANCE));
  if (Math.abs(impliedQuantity - order.quantity) > tolerance) {
    problems.push(
      `The panel's charge and remains make this an order of about ${impliedQuantity.toLocaleString("en-US")} units at our rate; ours is for ${quantity}.`,
    );
  }
  return { impliedQuantity, problems };
}
