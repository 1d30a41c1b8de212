import { randomUUID } from "node:crypto";
import { resolveAlert } from "@/lib/alerts";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import type { Destination } from "@/lib/generated/prisma/client";
import { DESTINATION_DISABLED_ALERT, type DeliveryResult, deliverMessage } from "./deliver";
import { newWebhookSecret } from "./webhook-signature";
import { parseWebhookUrl, webhookTargetPolicy, WebhookTargetRefusedError } from "./webhook-target";

export type DestinationInput =
  | { type: "TELEGRAM"; name: string; telegramChatId: string }
  | { type: "WEBHOOK"; name: string; webhookUrl: string }
  | { type: "EMAIL"; name: string; emailRecipients: string[] };

/** The per-destination secret column, for the lead's key-rotation registry. */
export const automationSecretColumns = { table: "Destination", idColumn: "id", columns: ["webhookSecret"] } as const;

export class DestinationInUseError extends UserFacingError {
  override name = "DestinationInUseError";
}

function checkedWebhookUrl(url: string): string {
  try {
    return parseWebhookUrl(url, webhookTargetPolicy(env())).toString();
  } catch (error) {
    if (error instanceof WebhookTargetRefusedError) throw new UserFacingError(error.message);
    throw error;
  }
}

/**
 * Creates a destination. A webhook gets a new signing secret, returned here in clear once
 * (for the administrator to copy) and stored only sealed.
 */
export async function createDestination(input: DestinationInput): Promise<{ destination: Destination; webhookSecret: string | null }> {
  switch (input.type) {
    case "TELEGRAM":
      return {
        destination: await db.destination.create({ data: { type: "TELEGRAM", name: input.name, telegramChatId: input.telegramChatId } }),
        webhookSecret: null,
      };
    case "EMAIL":
      return {
        destination: await db.destination.create({ data: { type: "EMAIL", name: input.name, emailRecipients: input.emailRecipients } }),
        webhookSecret: null,
      };
    case "WEBHOOK": {
      const webhookUrl = checkedWebhookUrl(input.webhookUrl);
      const secret = newWebhookSecret();
      const destination = await db.destination.create({
        data: { type: "WEBHOOK", name: input.name, webhookUrl, webhookSecret: encryptSecret(secret) },
      });
      return { destination, webhookSecret: secret };
    }
  }
}

async function existingDestination(id: string): Promise<Destination> {
  const destination = await db.destination.findUnique({ where: { id } });
  if (!destination) throw new UserFacingError("That destination no longer exists.");
  return destination;
}

/** Back to work after someone fixed the cause; closes the "destination disabled" alert. */
export async function enableDestination(id: string): Promise<Destination> {
  await existingDestination(id);
  return db.$transaction(async (tx) => {
    const destination = await tx.destination.update({
      where: { id },
      data: { status: "ACTIVE", statusReason: null, consecutiveFailures: 0 },
    });
    await resolveAlert(tx, DESTINATION_DISABLED_ALERT, id);
    return destination;
  });
}

/** Refused while an automation still sends there: delete or re-point those first. */
export async function deleteDestination(id: string): Promise<{ name: string }> {
  const destination = await existingDestination(id);
  const users = await db.automation.count({ where: { destinationId: id } });
  if (users > 0) {
    throw new DestinationInUseError(
      `"${destination.name}" is used by ${users} automation${users === 1 ? "" : "s"}: delete them or send them elsewhere first.`,
    );
  }
  await db.$transaction(async (tx) => {
    await tx.destination.delete({ where: { id } });
    await resolveAlert(tx, DESTINATION_DISABLED_ALERT, id);
  });
  return { name: destination.name };
}

/** "Send test": a short message through the real channel, logged like any delivery. */
export async function sendTestMessage(id: string): Promise<DeliveryResult> {
  const destination = await existingDestination(id);
  const sentAt = new Date();
  return deliverMessage({
    destinationId: destination.id,
    deliveryId: `test-${randomUUID()}`,
    message: {
      event: "test",
      title: `Test from Social Scale: ${destination.name}`,
      lines: ["This destination works: automations can send reports, alerts and syncs here.", `Sent at ${sentAt.toISOString()}`],
      data: { destinationId: destination.id, destinationName: destination.name, sentAt: sentAt.toISOString() },
    },
  });
}
