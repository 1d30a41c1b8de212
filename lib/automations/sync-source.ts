import { db } from "@/lib/db";
import type { Invoice, Order } from "@/lib/generated/prisma/client";
import type { SyncEntity } from "./automation-config";

/** Where a sync stands in one entity: the last record sent. */
export type SyncPosition = { updatedAt: Date; id: string };

function orderRecord(row: Order) {
  return {
    id: row.id,
    companyId: row.companyId,
    serviceName: row.serviceName,
    network: row.network,
    link: row.link,
    quantity: row.quantity,
    status: row.status,
    providerOrderId: row.providerOrderId,
    expectedCost: row.expectedCost.toString(),
    charge: row.charge?.toString() ?? null,
    remains: row.remains,
    placedAt: row.placedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function invoiceRecord(row: Invoice) {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    companyId: row.companyId,
    orderId: row.orderId,
    currency: row.currency,
    amount: row.amount.toString(),
    status: row.status,
    issuedAt: row.issuedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type OrderSyncRecord = ReturnType<typeof orderRecord>;
export type InvoiceSyncRecord = ReturnType<typeof invoiceRecord>;

/** One record as every target receives it: money as exact decimal strings, times in ISO 8601. */
export type SyncRow =
  | { entity: "orders"; id: string; updatedAt: Date; record: OrderSyncRecord }
  | { entity: "invoices"; id: string; updatedAt: Date; record: InvoiceSyncRecord };

/** Rows after the cursor in (updatedAt, id) order: a changed record comes back once, an unchanged one never. */
function afterCursor(position: SyncPosition | undefined) {
  if (!position) return {};
  return { OR: [{ updatedAt: { gt: position.updatedAt } }, { updatedAt: position.updatedAt, id: { gt: position.id } }] };
}

export async function nextSyncRows(entity: SyncEntity, position: SyncPosition | undefined, companyId: string | null, take: number): Promise<SyncRow[]> {
  const where = { ...afterCursor(position), ...(companyId ? { companyId } : {}) };
  const orderBy = [{ updatedAt: "asc" as const }, { id: "asc" as const }];
  if (entity === "orders") {
    const orders = await db.order.findMany({ where, orderBy, take });
    return orders.map((row) => ({ entity, id: row.id, updatedAt: row.updatedAt, record: orderRecord(row) }));
  }
  const invoices = await db.invoice.findMany({ where, orderBy, take });
  return invoices.map((row) => ({ entity, id: row.id, updatedAt: row.updatedAt, record: invoiceRecord(row) }));
}
