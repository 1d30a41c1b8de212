import { db } from "@/lib/db";
import { deliverMessage } from "@/lib/destinations";
import type { Automation, Prisma } from "@/lib/generated/prisma/client";
import { type SyncConfig, type SyncCursor, syncCursorSchema, type SyncEntity } from "./automation-config";

const BATCH_SIZE = 100;
const MAX_BATCHES_PER_RUN = 20;

type Position = { updatedAt: Date; id: string };
type SyncRecord = { id: string; updatedAt: Date; record: Record<string, unknown> };

/** Rows after the cursor in (updatedAt, id) order: a changed record comes back once, an unchanged one never. */
function afterCursor(position: Position | undefined) {
  if (!position) return {};
  return { OR: [{ updatedAt: { gt: position.updatedAt } }, { updatedAt: position.updatedAt, id: { gt: position.id } }] };
}

async function nextBatch(entity: SyncEntity, position: Position | undefined, companyId: string | null): Promise<SyncRecord[]> {
  const company = companyId ? { companyId } : {};
  const order = [{ updatedAt: "asc" as const }, { id: "asc" as const }];
  if (entity === "orders") {
    const orders = await db.order.findMany({ where: { ...afterCursor(position), ...company }, orderBy: order, take: BATCH_SIZE });
    return orders.map((row) => ({
      id: row.id,
      updatedAt: row.updatedAt,
      record: {
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
      },
    }));
  }
  const invoices = await db.invoice.findMany({ where: { ...afterCursor(position), ...company }, orderBy: order, take: BATCH_SIZE });
  return invoices.map((row) => ({
    id: row.id,
    updatedAt: row.updatedAt,
    record: {
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
    },
  }));
}

function readCursor(automation: Automation): SyncCursor {
  const parsed = syncCursorSchema.safeParse(automation.syncCursor ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Pushes new and changed records to the automation's webhook in batches, advancing the stored
 * cursor after each delivered batch only: a failure leaves the cursor where it was, and the
 * next run resumes from there (the batch is sent again with the same delivery id, so the
 * receiver can drop what it already has).
 */
export async function syncRecords(automation: Automation, config: SyncConfig, runId: string): Promise<{ ok: boolean; summary: string }> {
  let cursor = readCursor(automation);
  const sent: string[] = [];
  for (const entity of config.entities) {
    let count = 0;
    for (let batchNumber = 0; batchNumber < MAX_BATCHES_PER_RUN; batchNumber += 1) {
      const position = cursor[entity] ? { updatedAt: new Date(cursor[entity].updatedAt), id: cursor[entity].id } : undefined;
      const batch = await nextBatch(entity, position, automation.companyId);
      if (batch.length === 0) break;
      const last = batch.at(-1)!;
      const nextPosition = { updatedAt: last.updatedAt.toISOString(), id: last.id };
      const delivery = await deliverMessage({
        destinationId: automation.destinationId,
        runId,
        deliveryId: `sync-${automation.id}-${entity}-${last.updatedAt.getTime()}-${last.id}`,
        message: {
          event: `sync.${entity}`,
          title: `${batch.length} ${entity}`,
          lines: [],
          data: { entity, records: batch.map((row) => row.record), cursor: nextPosition },
        },
      });
      if (!delivery.ok) {
        sent.push(`${entity}: ${count}`);
        return { ok: false, summary: `Sent ${sent.join(", ")}; stopped: ${delivery.error}. The next run resumes from the last delivered record.` };
      }
      cursor = { ...cursor, [entity]: nextPosition };
      await db.automation.update({ where: { id: automation.id }, data: { syncCursor: cursor as Prisma.InputJsonValue } });
      count += batch.length;
    }
    sent.push(`${entity}: ${count}`);
  }
  return { ok: true, summary: `Synced ${sent.join(", ")} new or changed records` };
}
