import type { InngestFunction } from "inngest";
import { db } from "@/lib/db";
import { EmbeddedRunner } from "@/lib/workflows/runner/embedded-runner";

/**
 * Runs the given functions on the embedded runner until every event in the
 * outbox is delivered and every run has finished: the workflows as production
 * runs them on a single machine, from a test.
 */
export async function runWorkflowsUntilIdle(functions: InngestFunction.Any[], timeoutMs = 30_000): Promise<void> {
  const runner = new EmbeddedRunner({ functions, pollMs: 20, retryBaseMs: 20, leaseMs: 10_000 });
  runner.start();
  try {
    await runner.drain(async () => {
      const [pendingEvents, activeRuns] = await Promise.all([
        db.outboxEvent.count({ where: { deliveredAt: null } }),
        db.workflowRun.count({ where: { status: { in: ["QUEUED", "RUNNING", "SLEEPING"] } } }),
      ]);
      return pendingEvents === 0 && activeRuns === 0;
    }, timeoutMs);
  } finally {
    await runner.stop();
  }
}
