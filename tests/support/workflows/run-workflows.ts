import type { InngestFunction } from "inngest";
import { db } from "@/lib/db";
import { EmbeddedRunner } from "@/lib/workflows/runner/embedded-runner";

/** No event waits in the outbox and no run is queued, running or asleep. The outbox is read first: delivery creates runs in the transaction that empties it. */
export async function workflowsIdle(): Promise<boolean> {
  return (
    (await db.outboxEvent.count({ where: { deliveredAt: null } })) === 0 &&
    (await db.workflowRun.count({ where: { status: { in: ["QUEUED", "RUNNING", "SLEEPING"] } } })) === 0
  );
}

/**
 * Runs the given functions on the embedded runner until every event in the
 * outbox is delivered and every run has finished: the workflows as production
 * runs them on a single machine, from a test.
 */
export async function runWorkflowsUntilIdle(functions: InngestFunction.Any[], timeoutMs = 30_000): Promise<void> {
  const runner = new EmbeddedRunner({ functions, pollMs: 20, retryBaseMs: 20, leaseMs: 10_000 });
  runner.start();
  try {
    await runner.drain(workflowsIdle, timeoutMs);
  } finally {
    await runner.stop();
  }
}
