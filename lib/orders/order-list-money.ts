import { Decimal, type DecimalInput, sellPrice, toDecimal } from "@/lib/money";

/** What the orders list needs of an order to show its money. */
export type OrderMoneyInput = {
  status: string;
  /** The panel's currency for the order, once an answer named it. */
  currency: string | null;
  expectedCost: DecimalInput;
  charge: DecimalInput | null;
  multiplier: DecimalInput;
  invoices: { id: string; kind: string; amount: DecimalInput; currency: string }[];
};

export type OrderMoney = {
  /** The currency the panel bills this order in (the agency's until the panel said otherwise). */
  currency: string;
  /** The order is not in the agency currency: its row says so. */
  foreign: boolean;
  /** The panel's charge once known, the expected cost before; null when nothing was bought. */
  cost: Decimal | null;
  /** The order's invoice, in the invoice's own currency. */
  invoice: { id: string; amount: Decimal; currency: string } | null;
  /** What the invoice would be, for a placed order not (yet) invoiced. */
  notInvoiced: Decimal | null;
};

export function orderMoney(order: OrderMoneyInput, agencyCurrency: string): OrderMoney {
  const currency = order.currency ?? agencyCurrency;
  const failed = order.status === "FAILED";
  const invoice = order.invoices.find((entry) => entry.kind === "INVOICE");
  const cost = failed ? null : toDecimal(order.charge ?? order.expectedCost);
  return {
    currency,
    foreign: currency !== agencyCurrency,
    cost,
    invoice: invoice ? { id: invoice.id, amount: toDecimal(invoice.amount), currency: invoice.currency } : null,
    notInvoiced: invoice || cost === null ? null : sellPrice(cost, order.multiplier, currency),
  };
}

export type CurrencyTotal = { currency: string; orders: number; cost: Decimal; invoiced: Decimal };

/**
 * Cost and invoiced sums of `orders`, one line per currency (the agency's first): amounts in
 * different currencies are never added together.
 */
export function totalsByCurrency(orders: OrderMoneyInput[], agencyCurrency: string): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  const line = (currency: string) => {
    const existing = totals.get(currency);
    if (existing) return existing;
    const created = { currency, orders: 0, cost: new Decimal(0), invoiced: new Decimal(0) };
    totals.set(currency, created);
    return created;
  };
  for (const order of orders) {
    const money = orderMoney(order, agencyCurrency);
    const costLine = line(money.currency);
    costLine.orders += 1;
    if (money.cost) costLine.cost = costLine.cost.plus(money.cost);
    if (money.invoice) {
      const invoiceLine = line(money.invoice.currency);
      invoiceLine.invoiced = invoiceLine.invoiced.plus(money.invoice.amount);
    }
  }
  return [...totals.values()].sort((a, b) => Number(b.currency === agencyCurrency) - Number(a.currency === agencyCurrency) || a.currency.localeCompare(b.currency));
}
