import { db } from "@/lib/db";
import { orderActions } from "./refill-and-cancel";

/** An order with everything its page shows, or null. */
export async function getOrderDetail(orderId: string) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      company: { select: { id: true, name: true, status: true } },
      service: { select: { refill: true, cancel: true, active: true, category: true } },
      invoices: { select: { id: true, number: true, kind: true, amount: true, status: true, currency: true }, orderBy: { issuedAt: "asc" } },
      events: { orderBy: { createdAt: "desc" } },
    },
  });
  return order ? { ...order, ...orderActions(order) } : null;
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;
