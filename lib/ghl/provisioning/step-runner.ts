import { db } from "@/lib/db";
import type { GhlSubaccount } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/core/provider-error";
import { GhlTokenUnavailableError } from "../errors";
import type { ProvisioningStepKey } from "./provisioning-steps";

/** Which attempt a workflow run carries out: a run of an older attempt (or a cancelled one) stops. */
export type ProvisioningRun = { companyId: string; attempt: number };

export type StepOutcome =
  | { outcome: "done" | "skipped"; detail: string }
  | { outcome: "needs_verification"; detail: string }
  | { outcome: "failed"; detail: string }
  | { outcome: "stopped"; detail: string };

/**
 * Failures that trying again cannot fix: GoHighLevel refused what we sent (4xx) or the token
 * (after one refresh), or the connection needs a person. Everything else (timeouts, 5xx, 429,
 * an unreadable answer, a token being refreshed, a database hiccup) is retried by the workflow
 * with backoff: every step looks before it creates, so a repeat never duplicates.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (isProviderError(error)) return error.kind === "invalid_request" || error.kind === "auth";
  if (error instanceof GhlTokenUnavailableError) return false;
  return error instanceof UserFacingError;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : "Unknown failure";
}

/**
 * Runs one provisioning step for `run`: skipped when already done (a replay after a crash), its
 * progress written to the step row (what the company page shows), a permanent failure
 * returned as an outcome, a retryable one rethrown for the workflow to retry.
 */
export async function runProvisioningStep(
  run: ProvisioningRun,
  key: ProvisioningStepKey,
  work: (subaccount: GhlSubaccount) => Promise<StepOutcome>,
): Promise<StepOutcome> {
  const subaccount = await db.ghlSubaccount.findUnique({ where: { companyId: run.companyId } });
  if (subaccount === null || subaccount.attempt !== run.attempt || subaccount.status === "CANCELLED") {
    return { outcome: "stopped", detail: "A newer attempt or a cancellation replaced this run." };
  }
  const where = { companyId_key: { companyId: run.companyId, key } };
  const step = await db.ghlProvisioningStep.findUnique({ where });
  if (step?.status === "DONE" || step?.status === "SKIPPED") return { outcome: "done", detail: step.message ?? "Done earlier." };

  const now = new Date();
  await db.$transaction([
    db.ghlSubaccount.update({ where: { companyId: run.companyId }, data: { status: "RUNNING" } }),
    db.ghlProvisioningStep.update({ where, data: { status: "RUNNING", startedAt: step?.startedAt ?? now, message: null } }),
  ]);
  try {
    const result = await work(subaccount);
    const status = result.outcome === "done" ? "DONE" : result.outcome === "skipped" ? "SKIPPED" : "FAILED";
    await db.ghlProvisioningStep.update({ where, data: { status, message: result.detail, finishedAt: new Date() } });
    return result;
  } catch (error) {
    if (!isPermanentFailure(error)) {
      await db.ghlProvisioningStep.update({ where, data: { message: `Retrying after: ${describe(error)}` } });
      throw error;
    }
    await db.ghlProvisioningStep.update({ where, data: { status: "FAILED", message: describe(error), finishedAt: new Date() } });
    return { outcome: "failed", detail: describe(error) };
  }
}
