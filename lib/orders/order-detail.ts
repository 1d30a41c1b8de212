import "server-only";
import { db } from "@/lib/db";
import { latestRefillId, orderActions } from "./refill-and-cancel";

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
  if (!order) return null;
  const refillId = await latestRefillId(orderId);
  return { ...order, ...orderActions(order), refillId };
}
