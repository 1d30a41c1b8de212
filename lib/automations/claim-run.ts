import { automationRunRequested } from "@/inngest/events";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEvent } from "@/lib/workflows/outbox";

type Queryable = Prisma.TransactionClient | typeof db;

export type RunClaim = { automationId: string; runKey: string; trigger: "schedule" | "manual" | "alert"; scheduledFor: Date };

/**
 * Records the run under its unique (automation, run key) and asks the engine to execute it, in
 * the caller's transaction. Returns the run id, or null when this run was already recorded: two
 * dispatchers, a retried tick or a second alert event never produce a second run.
 */
export async function claimRun(tx: Queryable, claim: RunClaim): Promise<string | null> {
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "AutomationRun" ("id", "automationId", "runKey", "trigger", "scheduledFor", "status", "createdAt")
    VALUES (gen_random_uuid()::text, ${claim.automationId}, ${claim.runKey}, ${claim.trigger}, ${claim.scheduledFor}, 'PENDING', now())
    ON CONFLICT ("automationId", "runKey") DO NOTHING
    RETURNING "id"`;
  if (!created) return null;
  await enqueueEvent(tx, automationRunRequested, { runId: created.id, automationId: claim.automationId }, { id: `automation-run:${created.id}` });
  return created.id;
}
