import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";

/**
 * Queues a failed run again. Its finished steps stay memoized, so it resumes
 * at the step that failed (with fresh attempts) instead of starting over.
 */
export async function retryWorkflowRun(runId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.workflowRun.updateMany({
      where: { id: runId, status: "FAILED" },
      data: { status: "QUEUED", attempt: 0, runAt: new Date(), error: null, finishedAt: null, output: undefined },
    });
    if (count === 0) throw new UserFacingError("Only a failed run can be retried, and this one is not failed (anymore).");
    await tx.workflowStep.deleteMany({ where: { runId, status: "FAILED" } });
  });
}
