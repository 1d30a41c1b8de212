import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { placeOrderSchema } from "@/actions/orders.validation";

const order = (extra: Record<string, string>) =>
  placeOrderSchema.safeParse({ idempotencyKey: randomUUID(), companyId: "c1", serviceId: "7", link: "https://instagram.com/x", quantity: "100", ...extra });

describe("placing an order below cost", () => {
  it("needs the explicit confirmation", () => {
    const refused = order({ multiplier: "0.5" });
    expect(refused.success).toBe(false);
    expect(refused.error?.flatten().fieldErrors.multiplier).toEqual([
      "A multiplier under 1 invoices less than the panel charges: tick “Sell below cost” to confirm.",
    ]);
    expect(order({ multiplier: "0.5", confirmBelowCost: "on" }).success).toBe(true);
  });

  it("asks nothing at or above cost", () => {
    expect(order({ multiplier: "1" }).success).toBe(true);
    expect(order({}).success).toBe(true);
  });
});
