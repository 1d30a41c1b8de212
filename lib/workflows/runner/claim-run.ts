import { cached } from "@/lib/cached";
import { sqlQueryPrepared } from "@/lib/db-sql";
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

/** How many runnable rows are looked at per free slot: some may be held back by a keyed limit. */
const CANDIDATES_PER_SLOT = 4;
const MIN_CANDIDATES = 20;

/** A function's concurrency limits as the claim reads them: function-wide and per key (null: none). */
type ClaimLimits = Record<string, { fn: number | null; key: number | null }>;

const limitsByRegistry = new WeakMap<Map<string, RegisteredFunction>, string>();

/** The registry's limits as the claim's JSON parameter, worked out once per registry. */
function claimLimitsOf(registry: Map<string, RegisteredFunction>): string {
  return cached(limitsByRegistry, registry, () => {
    const byFunction: ClaimLimits = {};
    for (const registered of registry.values()) {
      const lowest = (keyed: boolean) =>
        registered.concurrency.filter((rule) => (rule.keyPath !== null) === keyed).reduce<number | null>((low, rule) => Math.min(low ?? rule.limit, rule.limit), null);
      byFunction[registered.id] = { fn: lowest(false), key: lowest(true) };
    }
    return JSON.stringify(byFunction);
  });
}

/** Who claims, and under which functions' limits: the same for every claim of one runner. */
export type ClaimScope = { registry: Map<string, RegisteredFunction>; owner: string; leaseMs: number };

/** A claimed run as `workflow_claim_runs` returns it. */
export type ClaimedRunRow = {
  claimed_id: string;
  claimed_function_id: string;
  claimed_event: ClaimedRun["event"];
  claimed_attempt: number;
  has_steps: boolean;
};

/** The arguments of a claim of up to `max` runs, as `workflow_claim_runs` and `workflow_finish_run` take them. */
export function claimArguments({ registry, owner, leaseMs }: ClaimScope, max: number): Prisma.Sql {
  const candidates = Math.trunc(Math.max(MIN_CANDIDATES, max * CANDIDATES_PER_SLOT));
  return Prisma.sql`${owner}, ${leaseMs}::int, ${Math.max(0, Math.trunc(max))}::int, ${candidates}::int, ${claimLimitsOf(registry)}::jsonb`;
}

export const claimedRunOf = (row: ClaimedRunRow): ClaimedRun => ({
  id: row.claimed_id,
  functionId: row.claimed_function_id,
  event: row.claimed_event,
  attempt: row.claimed_attempt,
  hasSteps: row.has_steps,
});

/**
 * Takes up to `max` runnable runs for this process: queued, or woken from a sleep or retry
 * delay, or abandoned (its runner's lease ran out: a crashed process). One statement, one
 * round trip: `workflow_claim_runs` (see its migration) checks the concurrency limits under
 * advisory locks per function (and key), so two processes never both take the last free slot,
 * and fails runs of functions this app no longer has. A fan-out of thousands of runs is not
 * paced by the claim.
 */
export async function claimRuns(scope: ClaimScope, max: number): Promise<ClaimedRun[]> {
  if (max <= 0) return [];
  const { rows } = await sqlQueryPrepared<ClaimedRunRow>(Prisma.sql`
    SELECT "claimed_id", "claimed_function_id", "claimed_event", "claimed_attempt", "has_steps"
    FROM workflow_claim_runs(${claimArguments(scope, max)})`);
  return rows.map(claimedRunOf);
}
