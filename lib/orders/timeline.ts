import type { Tx } from "@/lib/db-types";
import type { Prisma } from "@/lib/generated/prisma/client";

export type OrderEventType =
  | "CREATED"
  | "PLACED"
  | "REFUSED"
  | "NOT_SENT"
  | "NEEDS_REVIEW"
  | "REVIEW_RESOLVED"
  | "STATUS_CHANGED"
  | "SYNC_FAILED"
  | "REFILL_REQUESTED"
  | "REFILL_REFUSED"
  | "REFILL_STATUS"
  | "CANCEL_REQUESTED"
  | "CANCEL_REFUSED"
  | "CREDIT_NOTE_ISSUED";

export function recordOrderEvent(
  tx: Tx,
  orderId: string,
  type: OrderEventType,
  message: string,
  data?: Prisma.InputJsonValue,
) {
  return tx.orderEvent.create({ data: { orderId, type, message, ...(data === undefined ? {} : { data }) } });
}
