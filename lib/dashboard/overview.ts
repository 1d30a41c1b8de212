import "server-only";
import { db } from "@/lib/db";
import { OPEN_ORDER_STATUSES } from "@/lib/orders/apply-panel-status";

/** The counts the dashboard leads with: what needs attention today. */
export async function getOperationsOverview() {
  const [activeCompanies, openOrders, ordersNeedingReview, unpaidInvoices] = await Promise.all([
    db.company.count({ where: { status: "ACTIVE" } }),
    db.order.count({ where: { status: { in: OPEN_ORDER_STATUSES } } }),
    db.order.count({ where: { status: "NEEDS_REVIEW" } }),
    db.invoice.count({ where: { kind: "INVOICE", status: "ISSUED" } }),
  ]);
  return { activeCompanies, openOrders, ordersNeedingReview, unpaidInvoices };
}
