import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { sqlQuery } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegisteredFunction } from "./function-registry";
import { concurrencyKeyOf } from "./function-registry";

type PendingEvent = { id: string; name: string; data: unknown; createdAt: Date };

/** Events one delivery turns into runs. */
export const OUTBOX_DELIVERY_BATCH = 500;

/**
 * Moves events from the outbox to runs of the functions they trigger, in one
 * transaction: an event is marked delivered exactly when its runs exist, and a
 * run's unique dedupe key (function + event id) makes a second delivery a no-op.
 * Returns how many events it delivered (less than `batchSize` = caught up).
 */
export async function deliverOutboxToRunner(registry: Map<string, RegisteredFunction>, batchSize = OUTBOX_DELIVERY_BATCH): Promise<number> {
  // Most ticks find nothing to deliver: one indexed read instead of a transaction's three round trips.
  const { rows } = await sqlQuery<{ any: boolean }>(Prisma.sql`
    SELECT EXISTS (SELECT 1 FROM "OutboxEvent" WHERE "deliveredAt" IS NULL AND "availableAt" <= now()) AS "any"`);
  if (!rows[0]?.any) return 0;
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<PendingEvent[]>`
      SELECT "id", "name", "data", "createdAt" FROM "OutboxEvent"
      WHERE "deliveredAt" IS NULL AND "availableAt" <= now()
      ORDER BY "createdAt" LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`;
    if (!events.length) return 0;

    const runs = events.flatMap((event) => {
      const payload = { id: event.id, name: event.name, data: event.data, ts: event.createdAt.getTime() };
      return [...registry.values()]
        .filter((registered) => registered.events.includes(event.name))
        .map((registered) => ({
          id: randomUUID(),
          functionId: registered.id,
          event: payload,
          dedupeKey: `${registered.id}:${event.id}`,
          concurrencyKey: concurrencyKeyOf(registered, payload),
        }));
    });
    if (runs.length) {
      await tx.$executeRaw`
        INSERT INTO "WorkflowRun" ("id", "functionId", "trigger", "eventName", "eventId", "event", "dedupeKey", "concurrencyKey", "updatedAt")
        SELECT r."id", r."functionId", 'event', r."event"->>'name', r."event"->>'id', r."event", r."dedupeKey", r."concurrencyKey", now()
        FROM jsonb_to_recordset(${JSON.stringify(runs)}::jsonb)
          AS r("id" text, "functionId" text, "event" jsonb, "dedupeKey" text, "concurrencyKey" text)
        ON CONFLICT ("dedupeKey") DO NOTHING`;
    }
    await tx.$executeRaw`
      UPDATE "OutboxEvent" SET "deliveredAt" = now(), "attempts" = "attempts" + 1, "lastError" = NULL
      WHERE "id" = ANY(${events.map((event) => event.id)}::text[])`;
    return events.length;
  });
}
