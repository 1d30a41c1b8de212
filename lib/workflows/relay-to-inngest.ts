import { db } from "@/lib/db";
import { retryDelayMs } from "./runner/retry-delay";

export type EngineEvent = { id: string; name: string; data: Record<string, unknown>; ts: number };
export type SendToEngine = (events: EngineEvent[]) => Promise<unknown>;

type ClaimedEvent = { id: string; name: string; data: Record<string, unknown>; createdAt: Date; attempts: number };

/** How long a claimed batch is ours: a relay that dies mid-send leaves it to another after this. */
const CLAIM_MS = 60_000;

/**
 * Sends outbox events to Inngest. A batch is claimed first (pushed out of the
 * others' reach for a minute), sent outside any transaction, then marked
 * delivered; a failed send is retried later with backoff. An event may reach
 * Inngest twice (a send whose answer was lost), never zero times, and Inngest
 * drops the second copy because the event id is the outbox id.
 */
export async function relayOutboxToInngest(
  send: SendToEngine,
  options: { batchSize?: number; retryBaseMs?: number } = {},
): Promise<number> {
  const batch = await db.$queryRaw<ClaimedEvent[]>`
    UPDATE "OutboxEvent" SET "availableAt" = now() + ${CLAIM_MS} * interval '1 millisecond', "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEvent" WHERE "deliveredAt" IS NULL AND "availableAt" <= now()
      ORDER BY "createdAt" LIMIT ${options.batchSize ?? 100} FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "name", "data", "createdAt", "attempts"`;
  if (!batch.length) return 0;
  const ids = batch.map((event) => event.id);
  try {
    await send(batch.map((event) => ({ id: event.id, name: event.name, data: event.data, ts: event.createdAt.getTime() })));
  } catch (error) {
    const attempts = Math.min(...batch.map((event) => event.attempts));
    const retryAt = new Date(Date.now() + retryDelayMs(attempts, options.retryBaseMs ?? 1_000));
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    await db.$executeRaw`
      UPDATE "OutboxEvent" SET "availableAt" = ${retryAt}, "lastError" = ${reason} WHERE "id" = ANY(${ids}::text[])`;
    return 0;
  }
  await db.$executeRaw`
    UPDATE "OutboxEvent" SET "deliveredAt" = now(), "lastError" = NULL WHERE "id" = ANY(${ids}::text[])`;
  return batch.length;
}
