import { openAlert, resolveAlert } from "@/lib/alerts";
import { db } from "@/lib/db";
import { withAgencyApi } from "../ghl-calls";
import type { ProvisioningStepKey } from "./provisioning-steps";
import type { ProvisioningRun } from "./step-runner";

export const PROVISIONING_FAILED_ALERT = "ghl.provisioning_failed";

/** COMPLETED once the user signed in; NEEDS_VERIFICATION while GoHighLevel waits for a two-factor code. */
export async function finishProvisioning(run: ProvisioningRun): Promise<{ status: string }> {
  return db.$transaction(async (tx) => {
    const subaccount = await tx.ghlSubaccount.findUnique({ where: { companyId: run.companyId } });
    if (subaccount === null || subaccount.attempt !== run.attempt || subaccount.status === "CANCELLED") return { status: "stopped" };
    const status = subaccount.firebaseToken === null ? "NEEDS_VERIFICATION" : "COMPLETED";
    await tx.ghlSubaccount.update({
      where: { companyId: run.companyId },
      data: { status, completedAt: status === "COMPLETED" ? new Date() : null, failedStep: null, lastError: null },
    });
    if (status === "COMPLETED") await resolveAlert(tx, PROVISIONING_FAILED_ALERT, run.companyId);
    return { status };
  });
}

/**
 * A permanent failure: a user that could not be created leaves a sub-account nobody can sign in
 * to, so that half-made sub-account is deleted (compensation) and its id forgotten; the
 * failure is recorded on the step and raised as an alert. A retry starts again from there.
 */
export async function failProvisioning(
  run: ProvisioningRun,
  failedStep: ProvisioningStepKey,
  message: string,
): Promise<{ status: string; compensated: boolean }> {
  const subaccount = await db.ghlSubaccount.findUnique({ where: { companyId: run.companyId }, include: { company: true } });
  if (subaccount === null || subaccount.attempt !== run.attempt || subaccount.status === "CANCELLED") {
    return { status: "stopped", compensated: false };
  }
  const halfMadeLocation = failedStep === "user" && subaccount.locationId !== null ? subaccount.locationId : null;
  if (halfMadeLocation !== null) {
    await withAgencyApi((api) => api.deleteLocation(halfMadeLocation, { companyId: run.companyId }));
  }
  await db.$transaction(async (tx) => {
    await tx.ghlSubaccount.update({
      where: { companyId: run.companyId },
      data: { status: "FAILED", failedStep, lastError: message, ...(halfMadeLocation !== null ? { locationId: null } : {}) },
    });
    if (halfMadeLocation !== null) {
      await tx.ghlProvisioningStep.update({
        where: { companyId_key: { companyId: run.companyId, key: "location" } },
        data: { status: "PENDING", message: `Sub-account ${halfMadeLocation} was deleted after the failure below.`, finishedAt: null },
      });
    }
    await openAlert(tx, {
      kind: PROVISIONING_FAILED_ALERT,
      subjectKey: run.companyId,
      severity: "WARNING",
      title: `GoHighLevel sub-account for ${subaccount.company.name} failed`,
      message,
      href: `/companies/${run.companyId}`,
      companyId: run.companyId,
    });
  });
  return { status: "FAILED", compensated: halfMadeLocation !== null };
}
