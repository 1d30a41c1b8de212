import { decryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { PROVISIONING_FAILED_ALERT } from "./provisioning-outcome";
import { signInSubaccountUser } from "./provisioning-work";
import { resolveAlert } from "@/lib/alerts";

const NO_SUBACCOUNT = "This company has no GoHighLevel sub-account yet.";

/** The sub-account user's password, for the admin who asked to see it (never part of a page's props). */
export async function revealSubaccountPassword(companyId: string): Promise<string> {
  const subaccount = await db.ghlSubaccount.findUnique({ where: { companyId }, select: { password: true } });
  if (subaccount === null) throw new UserFacingError(NO_SUBACCOUNT);
  return decryptSecret(subaccount.password);
}

/**
 * Signs in as the sub-account user again (a new firebase token, or after a two-factor check was
 * turned off). Completes a provisioning that was only waiting for this.
 */
export async function reauthenticateSubaccount(companyId: string): Promise<{ outcome: string; detail: string }> {
  const subaccount = await db.ghlSubaccount.findUnique({ where: { companyId } });
  if (subaccount === null || subaccount.userId === null) throw new UserFacingError("The sub-account's user does not exist yet.");
  const result = await signInSubaccountUser(subaccount);
  const where = { companyId_key: { companyId, key: "login" } };
  if (result.outcome !== "done") {
    await db.ghlProvisioningStep.update({ where, data: { status: "FAILED", message: result.detail, finishedAt: new Date() } });
    return result;
  }
  await db.$transaction(async (tx) => {
    await tx.ghlProvisioningStep.update({ where, data: { status: "DONE", message: result.detail, finishedAt: new Date() } });
    if (subaccount.status === "NEEDS_VERIFICATION") {
      await tx.ghlSubaccount.update({ where: { companyId }, data: { status: "COMPLETED", completedAt: new Date() } });
      await resolveAlert(tx, PROVISIONING_FAILED_ALERT, companyId);
    }
  });
  return result;
}

/**
 * The firebase token for GoHighLevel's social endpoints (`token-id` header), signing in again
 * first when it has expired or expires within a minute.
 */
export async function subaccountFirebaseToken(companyId: string, now: Date = new Date()): Promise<string> {
  const subaccount = await db.ghlSubaccount.findUnique({ where: { companyId } });
  if (subaccount === null) throw new UserFacingError(NO_SUBACCOUNT);
  const fresh =
    subaccount.firebaseToken !== null &&
    subaccount.firebaseTokenExpiresAt !== null &&
    subaccount.firebaseTokenExpiresAt.getTime() - now.getTime() > 60_000;
  if (fresh && subaccount.firebaseToken !== null) return decryptSecret(subaccount.firebaseToken);
  const result = await reauthenticateSubaccount(companyId);
  if (result.outcome !== "done") throw new UserFacingError(result.detail);
  const renewed = await db.ghlSubaccount.findUniqueOrThrow({ where: { companyId }, select: { firebaseToken: true } });
  if (renewed.firebaseToken === null) throw new UserFacingError("Signing in as the sub-account user gave no token.");
  return decryptSecret(renewed.firebaseToken);
}
