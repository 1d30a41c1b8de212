import { type SqlExecutor, sqlQuery, sqlTransactionStartingWith } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegisteredFunction } from "./function-registry";

export type ClaimedRun = {
  id: string;
  functionId: string;
  event: { id: string; name: string; data: Record<string, unknown>; ts: number };
  attempt: number;
  /** Whether the run has stored steps to replay (false: a fresh run, nothing to read back). */
  hasSteps: boolean;
};

type Candidate = { id: string; functionId: string; concurrencyKey: string };

/** A run that may be claimed: queued, woken from a sleep or retry delay, or abandoned by a runner whose lease ran out. */
const CLAIMABLE = `(("status" IN ('QUEUED', 'SLEEPING') AND "runAt" <= now()) OR ("status" = 'RUNNING' AND "leaseExpiresAt" < now()))`;

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
  // Sent with the transaction's BEGIN: its one value is this module's own integer.
  // Read, not locked: only the admitted runs are locked, by the update that claims them.
  const candidatesQuery = `
    SELECT "id", "functionId", "concurrencyKey" FROM "WorkflowRun"
    WHERE ${CLAIMABLE}
    ORDER BY "runAt"
    LIMIT ${Math.trunc(Math.max(MIN_CANDIDATES, max * CANDIDATES_PER_SLOT))}`;
  return sqlTransactionStartingWith<Candidate, ClaimedRun[]>(candidatesQuery, async (tx, candidates) => {
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
        WHERE "id" IN (SELECT "id" FROM "WorkflowRun" WHERE "id" = ANY(${orphaned}::text[]) AND ${Prisma.raw(CLAIMABLE)} FOR UPDATE SKIP LOCKED)`, tx);
    }
    if (!admitted.length) return [];
    const { rows: claimed } = await sqlQuery<ClaimedRun>(Prisma.sql`
      UPDATE "WorkflowRun"
      SET "status" = 'RUNNING', "leaseOwner" = ${owner}, "leaseExpiresAt" = now() + ${leaseMs}::int * interval '1 millisecond',
          -- The claim's own time, not its transaction's start: that may precede the run it waited for.
          "startedAt" = COALESCE("startedAt", clock_timestamp()), "updatedAt" = now()
      -- Still claimable: one another process claimed since it was read is skipped, never taken twice.
      WHERE "id" IN (SELECT "id" FROM "WorkflowRun" WHERE "id" = ANY(${admitted}::text[]) AND ${Prisma.raw(CLAIMABLE)} FOR UPDATE SKIP LOCKED)
      RETURNING "id", "functionId", "event", "attempt",
        EXISTS (SELECT 1 FROM "WorkflowStep" s WHERE s."runId" = "WorkflowRun"."id") AS "hasSteps"`, tx);
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

/** One concurrency scope of a function: function-wide (scope "") or one key's. */
type Scope = { keyed: boolean; scope: string };

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
  const keys = [...new Set(candidates.map((candidate) => candidate.concurrencyKey))];
  // A run has one concurrency key, so the function's rules are at most one function-wide and one keyed limit.
  const limits = new Map<boolean, number>();
  for (const rule of registered.concurrency) {
    const keyed = rule.keyPath !== null;
    limits.set(keyed, Math.min(rule.limit, limits.get(keyed) ?? rule.limit));
  }
  const scopes = [...limits.keys()].flatMap((keyed): Scope[] => (keyed ? keys.map((scope) => ({ keyed, scope })) : [{ keyed, scope: "" }]));
  const free = await freeSlots(tx, registered.id, limits, scopes);
  const functionRoom = limits.has(false) ? Math.min(room, free.get(scopeId({ keyed: false, scope: "" })) ?? 0) : room;
  const admitted: string[] = [];
  for (const candidate of candidates) {
    if (admitted.length >= functionRoom) break;
    if (limits.has(true)) {
      const id = scopeId({ keyed: true, scope: candidate.concurrencyKey });
      const keyRoom = free.get(id) ?? 0;
      if (keyRoom <= 0) continue;
      free.set(id, keyRoom - 1);
    }
    admitted.push(candidate.id);
  }
  return admitted;
}

const scopeId = ({ keyed, scope }: Scope) => `${keyed ? "key" : "fn"}:${scope}`;

/**
 * Free slots per scope, 0 where another process holds the scope's lock: every scope's lock
 * in one statement, then every count in a second. Locks first, counts after: only a snapshot
 * taken once the lock is ours sees every run claimed by the process that held it before.
 */
async function freeSlots(tx: SqlExecutor, functionId: string, limits: Map<boolean, number>, scopes: Scope[]): Promise<Map<string, number>> {
  if (!scopes.length) return new Map();
  const { rows: locks } = await sqlQuery<{ ordinal: number; locked: boolean }>(Prisma.sql`
    SELECT s."ordinal"::int, pg_try_advisory_xact_lock(hashtext(s."name")) AS "locked"
    FROM unnest(${scopes.map((scope) => lockName(functionId, scope.keyed, scope.scope))}::text[]) WITH ORDINALITY AS s("name", "ordinal")`, tx);
  const locked = locks.filter((lock) => lock.locked).map((lock) => scopes[lock.ordinal - 1]).filter((scope) => scope !== undefined);
  if (!locked.length) return new Map();
  const { rows: running } = await sqlQuery<{ ordinal: number; running: number }>(Prisma.sql`
    SELECT s."ordinal"::int, (SELECT count(*)::int FROM "WorkflowRun" r
       WHERE r."functionId" = ${functionId} AND r."status" = 'RUNNING' AND r."leaseExpiresAt" >= now()
         AND (NOT s."keyed" OR r."concurrencyKey" = s."scope")) AS "running"
    FROM unnest(${locked.map((scope) => scope.keyed)}::boolean[], ${locked.map((scope) => scope.scope)}::text[]) WITH ORDINALITY AS s("keyed", "scope", "ordinal")`, tx);
  return new Map(
    running.map((row) => {
      const scope = locked[row.ordinal - 1]!;
      return [scopeId(scope), Math.max(0, (limits.get(scope.keyed) ?? 0) - row.running)];
    }),
  );
}
