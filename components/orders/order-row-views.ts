import { formatDateTime } from "@/lib/format";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { formatMoney, formatProviderMoney } from "@/lib/money";
import type { OrderListItem } from "@/lib/orders/list-orders";
import { orderMoney } from "@/lib/orders/order-list-money";
import { NETWORK_LABELS } from "@/lib/services/network";

/** One order of the list as its row and card show it: every figure and date already formatted on the server. */
export type OrderRowView = {
  id: string;
  createdAt: { iso: string; text: string };
  company: { id: string; name: string };
  networkLabel: string;
  serviceName: string;
  link: string;
  quantityText: string;
  status: OrderStatus;
  /** Null when nothing was bought. */
  costText: string | null;
  /** The panel's currency when it is not the agency's: the row's amounts are not comparable with the rest. */
  foreignCurrency: string | null;
  invoice: { id: string; amountText: string } | null;
  /** What the invoice would be, for a placed order not (yet) invoiced. */
  notInvoicedText: string | null;
};

export function orderRowViews(orders: OrderListItem[], agencyCurrency: string, timeZone: string): OrderRowView[] {
  return orders.map((order) => {
    const money = orderMoney(order, agencyCurrency);
    return {
      id: order.id,
      createdAt: { iso: order.createdAt.toISOString(), text: formatDateTime(order.createdAt, timeZone) },
      company: { id: order.company.id, name: order.company.name },
      networkLabel: NETWORK_LABELS[order.network],
      serviceName: order.serviceName,
      link: order.link,
      quantityText: order.quantity.toLocaleString("en-US"),
      status: order.status,
      costText: money.cost ? formatProviderMoney(money.cost, money.currency) : null,
      foreignCurrency: money.foreign ? money.currency : null,
      invoice: money.invoice ? { id: money.invoice.id, amountText: formatMoney(money.invoice.amount, money.invoice.currency) } : null,
      notInvoicedText: money.notInvoiced ? formatMoney(money.notInvoiced, money.currency) : null,
    };
  });
}
