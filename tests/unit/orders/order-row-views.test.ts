import { describe, expect, it } from "vitest";
import { orderRowViews } from "@/components/orders/order-row-views";
import type { OrderListItem } from "@/lib/orders/list-orders";

const order = (overrides: Partial<OrderListItem> = {}): OrderListItem =>
  ({
    id: "o1",
    createdAt: new Date("2026-12-05T13:05:00Z"),
    status: "COMPLETED",
    serviceId: 7,
    serviceName: "Followers",
    network: "INSTAGRAM",
    link: "https://instagram.com/brand",
    quantity: 12000,
    expectedCost: "1.1106",
    charge: null,
    remains: null,
    currency: "USD",
    multiplier: "8",
    providerOrderId: null,
    company: { id: "c1", name: "Acme" },
    invoices: [],
    ...overrides,
  }) as unknown as OrderListItem;

describe("orders list rows as the client renders them", () => {
  it("formats the date in the agency's timezone, the quantity and the money on the server", () => {
    const [row] = orderRowViews([order({ invoices: [{ id: "i1", kind: "INVOICE", amount: "8.880", currency: "USD" }] as never })], "USD", "Europe/Paris");
    expect(row).toMatchObject({
      id: "o1",
      createdAt: { iso: "2026-12-05T13:05:00.000Z", text: "5 Dec 2026, 14:05 CET" },
      company: { id: "c1", name: "Acme" },
      networkLabel: "Instagram",
      quantityText: "12,000",
      costText: "$1.1106",
      foreignCurrency: null,
      invoice: { id: "i1", amountText: "$8.88" },
      notInvoicedText: null,
    });
  });

  it("names a foreign currency, shows what is not invoiced yet, and no cost for a failed order", () => {
    const [foreign, failed] = orderRowViews([order({ currency: "EUR" }), order({ id: "o2", status: "FAILED" })], "USD", "UTC");
    expect(foreign).toMatchObject({ foreignCurrency: "EUR", invoice: null, notInvoicedText: "€8.88" });
    expect(failed).toMatchObject({ costText: null, notInvoicedText: null });
  });
});
