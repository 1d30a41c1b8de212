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

/** Where the panel leaves an order for good: an answer naming an open status is older than this. */
const FINAL_ORDER_STATUSES: OrderStatus[] = ["COMPLETED", "PARTIAL", "CANCELED"];

type TrackedOrder = Pick<Order, "id" | "status" | "charge" | "startCount" | "remains" | "currency" | "quantity">;

/** The fields a panel status report can change, plus what deciding needs. */
export const trackedOrderFields = {
  id: true,
  status: true,
  charge: true,
  startCount: true,
  remains: true,
  currency: true,
  quantity: true,
} as const satisfies Record<keyof TrackedOrder, true>;

export type PanelStatusApplied = {
  /** False when the stored order already showed this (another sync got there first) or had ended. */
  changed: boolean;
  creditNoteNumber: string | null;
};

const NOTHING_APPLIED: PanelStatusApplied = { changed: false, creditNoteNumber: null };

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
 * The order as stored now, its row locked until the transaction ends: of two syncs applying
 * answers to the same order, the second waits here and then sees what the first stored.
 */
async function lockOrder(tx: Tx, orderId: string): Promise<TrackedOrder | null> {
  await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  return tx.order.findUnique({ where: { id: orderId }, select: trackedOrderFields });
}

/**
 * Stores the panel's view of an order and keeps it in the timeline. Reaching Partial or
 * Canceled credits the undelivered share of the invoice.
 *
 * The answer is compared with the order as stored inside this transaction (row locked), not
 * as the caller read it before asking the panel: an answer already stored (a concurrent sync)
 * changes nothing, and an answer naming an open status never reopens an ended order (it is
 * older than the one that ended it).
 */
export async function applyPanelStatus(tx: Tx, order: Pick<Order, "id">, panel: PanelOrderStatus): Promise<PanelStatusApplied> {
  const current = await lockOrder(tx, order.id);
  if (current === null || !panelStatusChanged(current, panel)) return NOTHING_APPLIED;
  const status = STATUS_FROM_PANEL[panel.status];
  if (FINAL_ORDER_STATUSES.includes(current.status) && !FINAL_ORDER_STATUSES.includes(status)) return NOTHING_APPLIED;

  await tx.order.update({
    where: { id: current.id },
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
    current.id,
    "STATUS_CHANGED",
    status === current.status ? `Panel update: ${progress}.` : `${panel.status} (${progress}).`,
    { from: current.status, to: status, charge: panel.charge.toString(), startCount: panel.startCount, remains: panel.remains },
  );

  const undelivered =
    status === "CANCELED" ? current.quantity : status === "PARTIAL" ? Math.min(panel.remains, current.quantity) : 0;
  if (undelivered === 0) return { changed: true, creditNoteNumber: null };
  const creditNote = await issueCreditNote(tx, current.id, {
    undeliveredUnits: undelivered,
    orderedUnits: current.quantity,
    reason: status === "CANCELED" ? "The panel canceled the order." : `The panel delivered the order partially (${panel.remains} not delivered).`,
  });
  if (creditNote) {
    await recordOrderEvent(tx, current.id, "CREDIT_NOTE_ISSUED", `Credit note ${creditNote.number} issued for the undelivered share.`, {
      creditNoteId: creditNote.id,
    });
  }
  return { changed: true, creditNoteNumber: creditNote?.number ?? null };
}
