import { db } from "@/lib/db";

/** The status page Meta links a data-deletion request to: only whether it was handled. */
export async function getDeletionRequestStatus(confirmationCode: string) {
  if (!/^[a-z0-9]{10,40}$/.test(confirmationCode)) return null;
  const event = await db.socialWebhookEvent.findFirst({
    where: { id: confirmationCode, kind: "data_deletion" },
    select: { status: true, receivedAt: true, processedAt: true },
  });
  return event;
}
