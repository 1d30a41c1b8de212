import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { matchPanelOrder } from "@/lib/orders/panel-order-match";
import type { PanelOrderStatus } from "@/lib/providers/fampage";

const ours = { quantity: 1000, ratePer1000: "0.90", currency: "USD" };
const panel = (overrides: Partial<PanelOrderStatus>): PanelOrderStatus => ({
  status: "Pending",
  charge: new Decimal("0.90000"),
  startCount: null,
  remains: 1000,
  currency: "USD",
  ...overrides,
});

describe("matching a panel order against ours", () => {
  it("accepts what fits our quantity at our rate, whatever the status", () => {
    expect(matchPanelOrder(ours, panel({}))).toEqual({ impliedQuantity: 1000, problems: [] });
    expect(matchPanelOrder(ours, panel({ status: "In progress", remains: 420, startCount: 3572 })).problems).toEqual([]);
    expect(matchPanelOrder(ours, panel({ status: "Completed", remains: 0 })).problems).toEqual([]);
    // Partial: charged for what was delivered; what was not is in remains.
    expect(matchPanelOrder(ours, panel({ status: "Partial", charge: new Decimal("0.75870"), remains: 157 }))).toEqual({ impliedQuantity: 1000, problems: [] });
    expect(matchPanelOrder(ours, panel({ status: "Canceled", charge: new Decimal(0), remains: 1000 })).problems).toEqual([]);
  });

  it("refuses an order of another quantity, read from its charge", () => {
    const match = matchPanelOrder(ours, panel({ charge: new Decimal("0.45000"), remains: 500 }));
    expect(match.impliedQuantity).toBe(500);
    expect(match.problems).toEqual(["The panel's charge and remains make this an order of about 500 units at our rate; ours is for 1,000."]);
    expect(matchPanelOrder(ours, panel({ status: "Canceled", charge: new Decimal(0), remains: 2000 })).problems).toHaveLength(2);
  });

  it("refuses more remains than we ordered and another currency", () => {
    expect(matchPanelOrder(ours, panel({ remains: 5000, charge: new Decimal("0.9") })).problems).toEqual([
      "The panel has 5,000 units left to deliver, more than the 1,000 we ordered.",
    ]);
    expect(matchPanelOrder(ours, panel({ currency: "EUR" }))).toEqual({
      impliedQuantity: null,
      problems: ["The panel bills this order in EUR; ours was priced in USD."],
    });
  });

  it("allows the panel's own rounding of a charge", () => {
    expect(matchPanelOrder({ quantity: 1234, ratePer1000: "0.90", currency: "USD" }, panel({ charge: new Decimal("1.11"), remains: 1234 })).problems).toEqual([]);
  });
});
