import type { Tx } from "@/lib/db-types";
import type { Order, OrderStatus } from "@/lib/generated/prisma/client";
import { issueCreditNote } from "@/lib/invoices/issue-invoices";
import { toDecimal } from "@/lib/money";
import type { OrderStatus as PanelStatusName, PanelOrderStatus } from "@/lib/providers/fampage";
import { recordOrderEvent } from "./timeline";

const STATUS_FROM_PANEL: Record<PanelStatusName, OrderStatus> = {
  Pending: "PENDING",
  "In progress": "IN_PROGRESS",
  Processing: "PROCESSING",
  Completed: "COMPLETED",
  Partial: "PARTIAL",
  Canceled: "CANCELED",
};

export const OPEN_ORDER_STATUSES: OrderStatus[] = ["PENDING", "IN_PROGRESS", "PROCESSING"];

type TrackedOrder = Pick<Order, "id" | "status" | "charge" | "startCount" | "remains" | "currency" | "quantity">;

/** Whether the panel's report differs from what we stored. */
export function panelStatusChanged(order: TrackedOrder, panel: PanelOrderStatus): boolean {
  return (
    order.status !== STATUS_FROM_PANEL[panel.status] ||
    order.charge === null ||
    !toDecimal(order.charge).equals(panel.charge) ||
    order.startCount !== panel.startCount ||
    order.remains !== panel.remains ||
    order.currency !== panel.currency
  );
}

/**
 * Stores the panel's view of an order and keeps it in the timeline. Reaching
 * Partial or Canceled credits the undelivered share of the invoice.
 */
export async function applyPanelStatus(tx: Tx, order: TrackedOrder, panel: PanelOrderStatus): Promise<{ creditNoteNumber: string | null }> {
  const status = STATUS_FROM_PANEL[panel.status];
  await tx.order.update({
    where: { id: order.id },
    data: {
      status,
      charge: panel.charge,
      startCount: panel.startCount,
      remains: panel.remains,
      currency: panel.currency,
      lastSyncedAt: new Date(),
      lastError: null,
    },
  });
  const progress = `charge ${panel.charge.toString()} ${panel.currency}, ${panel.remains} remaining`;
  await recordOrderEvent(
    tx,
    order.id,
    "STATUS_CHANGED",
    status === order.status ? `Panel update: ${progress}.` : `${panel.status} (${progress}).`,
    { from: order.status, to: status, charge: panel.charge.toString(), startCount: panel.startCount, remains: panel.remains },
  );

  const undelivered = status === "CANCELED" ? order.quantity : status === "PARTIAL" ? Math.min(panel.remains, order.quantity) : 0;
  if (undelivered === 0) return { creditNoteNumber: null };
  const creditNote = await issueCreditNote(tx, order.id, {
    undeliveredUnits: undelivered,
    orderedUnits: order.quantity,
    reason: status === "CANCELED" ? "The panel canceled the order." : `The panel delivered the order partially (${panel.remains} not delivered).`,
  });
  if (creditNote) {
    await recordOrderEvent(tx, order.id, "CREDIT_NOTE_ISSUED", `Credit note ${creditNote.number} issued for the undelivered share.`, {
      creditNoteId: creditNote.id,
    });
  }
  return { creditNoteNumber: creditNote?.number ?? null };
}
