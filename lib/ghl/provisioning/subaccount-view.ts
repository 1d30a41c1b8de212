import { db } from "@/lib/db";
import type { GhlProvisioningStatus, GhlStepStatus } from "@/lib/generated/prisma/client";
import { stepLabel } from "./provisioning-steps";

/** The company page's view of a sub-account: no password, no token. */
export type SubaccountView = {
  status: GhlProvisioningStatus;
  attempt: number;
  locationId: string | null;
  userId: string | null;
  userEmail: string;
  firebaseTokenIssuedAt: Date | null;
  firebaseTokenExpiresAt: Date | null;
  contactId: string | null;
  failedStep: string | null;
  lastError: string | null;
  steps: { key: string; label: string; status: GhlStepStatus; message: string | null; finishedAt: Date | null }[];
};

export async function getSubaccountView(companyId: string): Promise<SubaccountView | null> {
  const subaccount = await db.ghlSubaccount.findUnique({
    where: { companyId },
    include: { steps: { orderBy: { position: "asc" } } },
  });
  if (subaccount === null) return null;
  return {
    status: subaccount.status,
    attempt: subaccount.attempt,
    locationId: subaccount.locationId,
    userId: subaccount.userId,
    userEmail: subaccount.userEmail,
    firebaseTokenIssuedAt: subaccount.firebaseTokenIssuedAt,
    firebaseTokenExpiresAt: subaccount.firebaseTokenExpiresAt,
    contactId: subaccount.contactId,
    failedStep: subaccount.failedStep,
    lastError: subaccount.lastError,
    steps: subaccount.steps.map((step) => ({
      key: step.key,
      label: stepLabel(step.key),
      status: step.status,
      message: step.message,
      finishedAt: step.finishedAt,
    })),
  };
}
