import { describe, expect, it } from "vitest";
import { orderMoney, type OrderMoneyInput, totalsByCurrency } from "@/lib/orders/order-list-money";

const order = (overrides: Partial<OrderMoneyInput> = {}): OrderMoneyInput => ({
  status: "COMPLETED",
  currency: "USD",
  expectedCost: "1.1106",
  charge: null,
  multiplier: "8",
  invoices: [],
  ...overrides,
});

describe("orders list money", () => {
  it("marks an order billed in another currency than the agency's", () => {
    expect(orderMoney(order({ currency: "EUR" }), "USD")).toMatchObject({ currency: "EUR", foreign: true });
    expect(orderMoney(order({ currency: "USD" }), "USD").foreign).toBe(false);
    // Before the panel named a currency, the order is in the agency's.
    expect(orderMoney(order({ currency: null }), "USD")).toMatchObject({ currency: "USD", foreign: false });
  });

  it("uses the panel's charge once known and shows no cost or invoice for a failed order", () => {
    expect(orderMoney(order({ charge: "1.05" }), "USD").cost?.toString()).toBe("1.05");
    const failed = orderMoney(order({ status: "FAILED" }), "USD");
    expect(failed.cost).toBeNull();
    expect(failed.notInvoiced).toBeNull();
    expect(orderMoney(order(), "USD").notInvoiced?.toString()).toBe("8.88");
  });

  it("keeps the invoice in its own currency", () => {
    const money = orderMoney(order({ invoices: [{ id: "i1", kind: "INVOICE", amount: "8.880", currency: "EUR" }, { id: "c1", kind: "CREDIT_NOTE", amount: "1", currency: "EUR" }] }), "USD");
    expect(money.invoice).toMatchObject({ id: "i1", currency: "EUR" });
    expect(money.invoice?.amount.toString()).toBe("8.88");
    expect(money.notInvoiced).toBeNull();
  });

  it("sums per currency, the agency's first, never adding two currencies together", () => {
    const totals = totalsByCurrency(
      [
        order({ currency: "EUR", expectedCost: "2", invoices: [{ id: "a", kind: "INVOICE", amount: "16", currency: "EUR" }] }),
        order({ currency: "USD", expectedCost: "1.5", invoices: [{ id: "b", kind: "INVOICE", amount: "12", currency: "USD" }] }),
        order({ currency: null, charge: "0.25" }),
        order({ currency: "USD", status: "FAILED", expectedCost: "100" }),
        order({ currency: "AED", expectedCost: "3" }),
      ],
      "USD",
    );
    expect(totals.map((line) => [line.currency, line.orders, line.cost.toString(), line.invoiced.toString()])).toEqual([
      ["USD", 3, "1.75", "12"],
      ["AED", 1, "3", "0"],
      ["EUR", 1, "2", "16"],
    ]);
  });
});
