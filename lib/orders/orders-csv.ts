import { csvLines } from "@/lib/csv";
import type { OrderListItem } from "./list-orders";

const HEADER = [
  "order_id", "created_at", "company", "status", "network", "service_id", "service", "link", "quantity",
  "panel_order_id", "expected_cost", "charge", "remains", "currency", "multiplier", "invoice_number", "invoice_amount", "credit_note_amount",
];

/** Amounts are written as exact decimal strings, never through floating point. */
export function ordersCsvRows(orders: OrderListItem[]): string {
  return csvLines(
    orders.map((order) => {
      const invoice = order.invoices.find((entry) => entry.kind === "INVOICE");
      const creditNote = order.invoices.find((entry) => entry.kind === "CREDIT_NOTE");
      return [
        order.id, order.createdAt, order.company.name, order.status, order.network, order.serviceId, order.serviceName, order.link,
        order.quantity, order.providerOrderId, order.expectedCost.toString(), order.charge?.toString(), order.remains,
        order.currency, order.multiplier.toString(), invoice?.number, invoice?.amount.toString(), creditNote?.amount.toString(),
      ];
    }),
  );
}

export const ORDERS_CSV_HEADER = csvLines([HEADER]);
