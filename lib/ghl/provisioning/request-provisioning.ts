import { ghlProvisioningRequested } from "@/inngest/events";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { PROVISIONING_STEPS } from "./provisioning-steps";
import { generateSubaccountPassword, subaccountUserEmail } from "./subaccount-credentials";

type Tx = Prisma.TransactionClient;

/** The event that starts (or resumes) attempt `attempt`; its id makes each attempt start once. */
async function enqueueAttempt(tx: Tx, companyId: string, attempt: number): Promise<void> {
  await enqueueEvent(tx, ghlProvisioningRequested, { companyId, attempt }, { id: `ghl-provisioning:${companyId}:${attempt}` });
}

/** The sub-account row with a generated password (sealed) and its steps, all pending. */
async function createSubaccountRow(tx: Tx, companyId: string): Promise<void> {
  const settings = await tx.appSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await tx.ghlSubaccount.create({
    data: {
      companyId,
      userEmail: subaccountUserEmail(settings.ghlUserEmailTemplate, companyId),
      password: encryptSecret(generateSubaccountPassword()),
      steps: { create: PROVISIONING_STEPS.map((step, position) => ({ key: step.key, position })) },
    },
  });
}

/**
 * "Create GHL sub-account" on the company page, and "Retry" after a failure or a cancel:
 * queues an attempt; the workflow resumes from what is already stored.
 */
export async function requestProvisioning(companyId: string): Promise<{ attempt: number }> {
  return db.$transaction(async (tx) => {
    const company = await tx.company.findUnique({ where: { id: companyId }, select: { status: true } });
    if (company === null) throw new UserFacingError("This company no longer exists.");
    if (company.status === "ARCHIVED") throw new UserFacingError("Restore the company before creating its GoHighLevel sub-account.");
    const locked = await tx.$queryRaw<{ status: string; attempt: number }[]>`
      SELECT "status"::text, "attempt" FROM "GhlSubaccount" WHERE "companyId" = ${companyId} FOR UPDATE`;
    const existing = locked[0];
    if (existing === undefined) {
      await createSubaccountRow(tx, companyId);
      await enqueueAttempt(tx, companyId, 1);
      return { attempt: 1 };
    }
    if (existing.status === "COMPLETED") throw new UserFacingError("This company's sub-account is already provisioned.");
    if (existing.status === "QUEUED" || existing.status === "RUNNING") {
      throw new UserFacingError("Provisioning is already under way for this company.");
    }
    const attempt = existing.attempt + 1;
    await tx.ghlSubaccount.update({
      where: { companyId },
      data: { status: "QUEUED", attempt, failedStep: null, lastError: null },
    });
    await tx.ghlProvisioningStep.updateMany({
      where: { companyId, status: { in: ["FAILED", "RUNNING"] } },
      data: { status: "PENDING", message: null, startedAt: null, finishedAt: null },
    });
    await enqueueAttempt(tx, companyId, attempt);
    return { attempt };
  });
}

/** Stops provisioning: a run in progress stops at its next step; what exists is kept for a retry. */
export async function cancelProvisioning(companyId: string): Promise<void> {
  const { count } = await db.ghlSubaccount.updateMany({
    where: { companyId, status: { in: ["QUEUED", "RUNNING", "FAILED", "NEEDS_VERIFICATION"] } },
    data: { status: "CANCELLED", lastError: "Cancelled by the administrator." },
  });
  if (count === 0) throw new UserFacingError("There is no provisioning to cancel for this company.");
}

/**
 * The company-created path: when the agency provisions new companies automatically, creates
 * the row (unless someone already started one) and returns the attempt the run should carry out.
 */
export async function beginAutomaticProvisioning(companyId: string): Promise<{ attempt: number } | null> {
  return db.$transaction(async (tx) => {
    const settings = await tx.appSettings.findUnique({ where: { id: 1 }, select: { ghlAutoProvision: true } });
    if (settings?.ghlAutoProvision !== true) return null;
    const company = await tx.company.findUnique({ where: { id: companyId }, select: { id: true } });
    if (company === null) return null;
    const existing = await tx.ghlSubaccount.findUnique({ where: { companyId }, select: { companyId: true } });
    if (existing !== null) return null;
    await createSubaccountRow(tx, companyId);
    return { attempt: 1 };
  });
}
