import { type SqlExecutor, sqlQuery, sqlTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegisteredFunction } from "./function-registry";

export type ClaimedRun = {
  id: string;
  functionId: string;
  event: { id: string; name: string; data: Record<string, unknown>; ts: number };
  attempt: number;
};

type Candidate = { id: string; functionId: string; concurrencyKey: string };

/** How many runnable rows are looked at per free slot: some may be held back by a keyed limit. */
const CANDIDATES_PER_SLOT = 4;
const MIN_CANDIDATES = 20;

/**
 * Takes up to `max` runnable runs for this process in one transaction: queued,
 * or woken from a sleep or retry delay, or abandoned (its runner's lease ran
 * out: a crashed process). Concurrency limits are checked under
 * transaction-scoped advisory locks per function (and key), so two processes
 * never both take the last free slot; locks are only tried, never waited for,
 * so claims cannot deadlock. A whole batch costs a handful of statements: a
 * fan-out of thousands of runs is not paced by one claim transaction per run.
 */
export async function claimRuns(
  registry: Map<string, RegisteredFunction>,
  owner: string,
  leaseMs: number,
  max: number,
): Promise<ClaimedRun[]> {
  if (max <= 0) return [];
  return sqlTransaction(async (tx) => {
    const { rows: candidates } = await sqlQuery<Candidate>(Prisma.sql`
      SELECT "id", "functionId", "concurrencyKey" FROM "WorkflowRun"
      WHERE ("status" IN ('QUEUED', 'SLEEPING') AND "runAt" <= now())
         OR ("status" = 'RUNNING' AND "leaseExpiresAt" < now())
      ORDER BY "runAt"
      LIMIT ${Math.max(MIN_CANDIDATES, max * CANDIDATES_PER_SLOT)}
      FOR UPDATE SKIP LOCKED`, tx);
    const admitted: string[] = [];
    const orphaned: string[] = [];
    for (const [functionId, group] of groupByFunction(candidates)) {
      const registered = registry.get(functionId);
      if (!registered) {
        orphaned.push(...group.map((candidate) => candidate.id));
        continue;
      }
      if (admitted.length < max) admitted.push(...(await admitWithinLimits(tx, registered, group, max - admitted.length)));
    }
    if (orphaned.length) {
      await sqlQuery(Prisma.sql`
        UPDATE "WorkflowRun" SET "status" = 'FAILED', "finishedAt" = now(), "updatedAt" = now(),
          "error" = 'This function no longer exists in the app, so the run cannot go on.'
        WHERE "id" = ANY(${orphaned}::text[])`, tx);
    }
    if (!admitted.length) return [];
    const { rows: claimed } = await sqlQuery<ClaimedRun>(Prisma.sql`
      UPDATE "WorkflowRun"
      SET "status" = 'RUNNING', "leaseOwner" = ${owner}, "leaseExpiresAt" = now() + ${leaseMs}::int * interval '1 millisecond',
          -- The claim's own time, not its transaction's start: that may precede the run it waited for.
          "startedAt" = COALESCE("startedAt", clock_timestamp()), "updatedAt" = now()
      WHERE "id" = ANY(${admitted}::text[])
      RETURNING "id", "functionId", "event", "attempt"`, tx);
    return claimed;
  });
}

function groupByFunction(candidates: Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const group = groups.get(candidate.functionId);
    if (group) group.push(candidate);
    else groups.set(candidate.functionId, [candidate]);
  }
  return groups;
}

/** The advisory-lock name of a concurrency scope; the same text in every process. */
const lockName = (functionId: string, keyed: boolean, scope: string) => `workflow:${functionId}:${keyed ? "key" : "fn"}:${scope}`;

/**
 * The candidates (in their order) that fit under the function's limits, given the runs
 * already running. A scope whose lock another process holds admits nothing this time.
 */
async function admitWithinLimits(
  tx: SqlExecutor,
  registered: RegisteredFunction,
  candidates: Candidate[],
  room: number,
): Promise<string[]> {
  let functionRoom = room;
  const keyRoom = new Map<string, number>();
  for (const rule of registered.concurrency) {
    if (rule.keyPath === null) {
      const free = await freeSlots(tx, registered.id, rule.limit, [""], false);
      functionRoom = Math.min(functionRoom, free.get("") ?? 0);
    } else {
      const keys = [...new Set(candidates.map((candidate) => candidate.concurrencyKey))];
      for (const [key, free] of await freeSlots(tx, registered.id, rule.limit, keys, true)) keyRoom.set(key, free);
    }
  }
  const keyed = registered.concurrency.some((rule) => rule.keyPath !== null);
  const admitted: string[] = [];
  for (const candidate of candidates) {
    if (admitted.length >= functionRoom) break;
    if (keyed) {
      const free = keyRoom.get(candidate.concurrencyKey) ?? 0;
      if (free <= 0) continue;
      keyRoom.set(candidate.concurrencyKey, free - 1);
    }
    admitted.push(candidate.id);
  }
  return admitted;
}

/**
 * Free slots per scope (function-wide: the single scope ""), 0 where another process holds the
 * scope's lock. Locks first, counts after, in its own statement: only a snapshot taken once the
 * lock is ours sees every run claimed by the process that held it before.
 */
async function freeSlots(
  tx: SqlExecutor,
  functionId: string,
  limit: number,
  scopes: string[],
  keyed: boolean,
): Promise<Map<string, number>> {
  const { rows: locks } = await sqlQuery<{ scope: string; locked: boolean }>(Prisma.sql`
    SELECT s."scope", pg_try_advisory_xact_lock(hashtext(${lockName(functionId, keyed, "")} || s."scope")) AS "locked"
    FROM unnest(${scopes}::text[]) AS s("scope")`, tx);
  const lockedScopes = locks.filter((lock) => lock.locked).map((lock) => lock.scope);
  if (!lockedScopes.length) return new Map();
  const { rows: running } = await sqlQuery<{ scope: string; running: number }>(Prisma.sql`
    SELECT s."scope", (SELECT count(*)::int FROM "WorkflowRun" r
       WHERE r."functionId" = ${functionId} AND r."status" = 'RUNNING' AND r."leaseExpiresAt" >= now()
         AND (NOT ${keyed}::boolean OR r."concurrencyKey" = s."scope")) AS "running"
    FROM unnest(${lockedScopes}::text[]) AS s("scope")`, tx);
  return new Map(running.map((row) => [row.scope, Math.max(0, limit - row.running)]));
}
