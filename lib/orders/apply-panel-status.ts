import type { Tx } from "@/lib/db-types";
import type { Order, OrderStatus, Prisma } from "@/lib/generated/prisma/client";
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

type StatusChange = {
  status: OrderStatus;
  panel: PanelOrderStatus;
  event: { message: string; data: Prisma.InputJsonObject };
  /** Units to credit: all of them when canceled, the remains when partial, else 0. */
  undelivered: number;
};

/**
 * What storing the panel's report changes, decided against the order as stored now (row
 * locked): null when it already shows this (another sync got there first), or when the report
 * names an open status for an ended order (it is older than the one that ended it).
 */
function decideChange(current: TrackedOrder, panel: PanelOrderStatus): StatusChange | null {
  if (!panelStatusChanged(current, panel)) return null;
  const status = STATUS_FROM_PANEL[panel.status];
  if (FINAL_ORDER_STATUSES.includes(current.status) && !FINAL_ORDER_STATUSES.includes(status)) return null;
  const progress = `charge ${panel.charge.toString()} ${panel.currency}, ${panel.remains} remaining`;
  return {
    status,
    panel,
    event: {
      message: status === current.status ? `Panel update: ${progress}.` : `${panel.status} (${progress}).`,
      data: { from: current.status, to: status, charge: panel.charge.toString(), startCount: panel.startCount, remains: panel.remains },
    },
    undelivered: status === "CANCELED" ? current.quantity : status === "PARTIAL" ? Math.min(panel.remains, current.quantity) : 0,
  };
}

/** Issues the credit note a Partial or Canceled change calls for (at most one per order) and notes it in the timeline. */
async function creditUndelivered(tx: Tx, order: TrackedOrder, change: StatusChange): Promise<string | null> {
  if (change.undelivered === 0) return null;
  const creditNote = await issueCreditNote(tx, order.id, {
    undeliveredUnits: change.undelivered,
    orderedUnits: order.quantity,
    reason: change.status === "CANCELED" ? "The panel canceled the order." : `The panel delivered the order partially (${change.panel.remains} not delivered).`,
  });
  if (!creditNote) return null;
  await recordOrderEvent(tx, order.id, "CREDIT_NOTE_ISSUED", `Credit note ${creditNote.number} issued for the undelivered share.`, {
    creditNoteId: creditNote.id,
  });
  return creditNote.number;
}

/**
 * Stores the panel's view of an order and keeps it in the timeline. Reaching Partial or
 * Canceled credits the undelivered share of the invoice.
 *
 * The answer is compared with the order as stored inside this transaction (row locked), not
 * as the caller read it before asking the panel: an answer already stored (a concurrent sync)
 * changes nothing, and an answer naming an open status never reopens an ended order.
 */
export async function applyPanelStatus(tx: Tx, order: Pick<Order, "id">, panel: PanelOrderStatus): Promise<PanelStatusApplied> {
  const [applied] = await applyPanelStatuses(tx, [{ orderId: order.id, panel }]);
  return applied ?? NOTHING_APPLIED;
}

/**
 * `applyPanelStatus` for a whole batch in a few statements: one locking read of every order,
 * one UPDATE of the changed ones, one INSERT of their timeline events. Only Partial and
 * Canceled changes take more (their credit note, numbered under its own lock).
 * Returns one result per report, in order.
 */
export async function applyPanelStatuses(tx: Tx, reports: { orderId: string; panel: PanelOrderStatus }[]): Promise<PanelStatusApplied[]> {
  if (reports.length === 0) return [];
  // One report per order (the last): two would be decided against the same stored state.
  const latest = new Map(reports.map((report) => [report.orderId, report]));
  const ids = [...latest.keys()];
  // Locked in id order: two syncs locking overlapping batches never deadlock.
  const stored = await tx.$queryRaw<TrackedOrder[]>`SELECT "id", "status", "charge", "startCount", "remains", "currency", "quantity"
    FROM "Order" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
  const current = new Map(stored.map((order) => [order.id, order]));
  const changes = [...latest.values()].flatMap(({ orderId, panel }) => {
    const order = current.get(orderId);
    const change = order ? decideChange(order, panel) : null;
    return order && change ? [{ order, change }] : [];
  });
  if (changes.length > 0) {
    const column = <T>(pick: (change: StatusChange) => T) => changes.map(({ change }) => pick(change));
    await tx.$executeRaw`UPDATE "Order" AS o SET
        "status" = c."status"::"OrderStatus", "charge" = c."charge"::numeric, "startCount" = c."startCount", "remains" = c."remains",
        "currency" = c."currency", "lastSyncedAt" = (now() AT TIME ZONE 'UTC'), "lastError" = NULL, "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM unnest(${changes.map(({ order }) => order.id)}::text[], ${column((change) => change.status)}::text[],
        ${column((change) => change.panel.charge.toString())}::text[], ${column((change) => change.panel.startCount)}::int[],
        ${column((change) => change.panel.remains)}::int[], ${column((change) => change.panel.currency)}::text[])
        AS c("id", "status", "charge", "startCount", "remains", "currency")
      WHERE o."id" = c."id"`;
    await tx.orderEvent.createMany({
      data: changes.map(({ order, change }) => ({ orderId: order.id, type: "STATUS_CHANGED", message: change.event.message, data: change.event.data })),
    });
  }
  const creditNotes = new Map<string, string | null>();
  for (const { order, change } of changes) creditNotes.set(order.id, await creditUndelivered(tx, order, change));
  return reports.map(({ orderId }) =>
    creditNotes.has(orderId) ? { changed: true, creditNoteNumber: creditNotes.get(orderId) ?? null } : NOTHING_APPLIED,
  );
}
