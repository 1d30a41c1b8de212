import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegisteredFunction } from "./function-registry";

export type ClaimedRun = {
  id: string;
  functionId: string;
  event: { id: string; name: string; data: Record<string, unknown>; ts: number };
  attempt: number;
};

type Candidate = { id: string; functionId: string; concurrencyKey: string };

/**
 * Takes the next runnable run for this process: queued, or woken from a sleep
 * or retry delay, or abandoned (its runner's lease ran out: a crashed process).
 * Concurrency limits are checked under a transaction-scoped advisory lock per
 * function (and key), so two processes never both take the last free slot;
 * the lock is only tried, never waited for, so claims cannot deadlock.
 */
export async function claimNextRun(
  registry: Map<string, RegisteredFunction>,
  owner: string,
  leaseMs: number,
): Promise<ClaimedRun | null> {
  return db.$transaction(async (tx) => {
    const candidates = await tx.$queryRaw<Candidate[]>`
      SELECT "id", "functionId", "concurrencyKey" FROM "WorkflowRun"
      WHERE ("status" IN ('QUEUED', 'SLEEPING') AND "runAt" <= now())
         OR ("status" = 'RUNNING' AND "leaseExpiresAt" < now())
      ORDER BY "runAt"
      LIMIT 20
      FOR UPDATE SKIP LOCKED`;
    for (const candidate of candidates) {
      const registered = registry.get(candidate.functionId);
      if (!registered) {
        await tx.$executeRaw`
          UPDATE "WorkflowRun" SET "status" = 'FAILED', "finishedAt" = now(), "updatedAt" = now(),
            "error" = 'This function no longer exists in the app, so the run cannot go on.'
          WHERE "id" = ${candidate.id}`;
        continue;
      }
      if (!(await hasFreeSlot(tx, registered, candidate))) continue;
      const [claimed] = await tx.$queryRaw<ClaimedRun[]>`
        UPDATE "WorkflowRun"
        SET "status" = 'RUNNING', "leaseOwner" = ${owner}, "leaseExpiresAt" = now() + ${leaseMs} * interval '1 millisecond',
            "startedAt" = COALESCE("startedAt", now()), "updatedAt" = now()
        WHERE "id" = ${candidate.id}
        RETURNING "id", "functionId", "event", "attempt"`;
      if (claimed) return claimed;
    }
    return null;
  });
}

async function hasFreeSlot(tx: Prisma.TransactionClient, registered: RegisteredFunction, candidate: Candidate): Promise<boolean> {
  for (const rule of registered.concurrency) {
    const scope = rule.keyPath ? candidate.concurrencyKey : "";
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(hashtext(${`workflow:${registered.id}:${rule.keyPath ? "key" : "fn"}:${scope}`})) AS "locked"`;
    if (!lock?.locked) return false;
    const [running] = await tx.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM "WorkflowRun"
      WHERE "functionId" = ${registered.id} AND "status" = 'RUNNING' AND "leaseExpiresAt" >= now()
        AND (${rule.keyPath === null} OR "concurrencyKey" = ${scope})`;
    if ((running?.count ?? 0) >= rule.limit) return false;
  }
  return true;
}
