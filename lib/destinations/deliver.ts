import { openAlert } from "@/lib/alerts";
import { db } from "@/lib/db";
import type { Destination } from "@/lib/generated/prisma/client";
import { ProviderNotConfiguredError } from "@/lib/providers/not-configured";
import { type ChannelOutcome, type DeliveryAttempt, type DeliveryTiming, realTiming } from "./delivery-attempt";
import { deliverToEmail } from "./email-delivery";
import type { OutgoingMessage } from "./outgoing-message";
import { deliverToTelegram } from "./telegram-delivery";
import { deliverToWebhook } from "./webhook-delivery";

/** A webhook failing this many deliveries in a row is disabled, with an alert. */
export const WEBHOOK_FAILURE_LIMIT = 5;

export const DESTINATION_DISABLED_ALERT = "destination.disabled";

export type DeliveryResult = { ok: true; detail: string } | { ok: false; error: string };

export type DeliveryRequest = {
  destinationId: string;
  message: OutgoingMessage;
  /** Stable across retries of the same delivery: the webhook delivery id, the e-mail idempotency key. */
  deliveryId: string;
  runId?: string;
};

async function runChannel(
  destination: Destination,
  request: DeliveryRequest,
  record: (attempt: DeliveryAttempt) => Promise<void>,
  timing: DeliveryTiming,
): Promise<ChannelOutcome> {
  try {
    switch (destination.type) {
      case "TELEGRAM":
        return await deliverToTelegram(destination, request.message, record, timing);
      case "WEBHOOK":
        return await deliverToWebhook(destination, request.message, request.deliveryId, record, timing);
      case "EMAIL":
        return await deliverToEmail(destination, request.message, request.deliveryId, record);
    }
  } catch (error) {
    if (error instanceof ProviderNotConfiguredError) return { ok: false, error: error.message };
    throw error;
  }
}

async function disableDestination(destination: Destination, reason: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.destination.updateMany({
      where: { id: destination.id, status: "ACTIVE" },
      data: { status: "DISABLED", statusReason: reason },
    });
    if (count === 0) return;
    await openAlert(tx, {
      kind: DESTINATION_DISABLED_ALERT,
      subjectKey: destination.id,
      severity: "CRITICAL",
      title: `Destination "${destination.name}" was disabled`,
      message: reason,
      href: `/settings/destinations/${destination.id}`,
    });
  });
}

async function recordOutcome(destination: Destination, outcome: ChannelOutcome): Promise<void> {
  if (outcome.ok) {
    await db.destination.update({ where: { id: destination.id }, data: { consecutiveFailures: 0, lastDeliveryAt: new Date() } });
    return;
  }
  const updated = await db.destination.update({
    where: { id: destination.id },
    data: { consecutiveFailures: { increment: 1 }, lastDeliveryAt: new Date() },
  });
  if (outcome.disableBecause) {
    await disableDestination(destination, outcome.disableBecause);
  } else if (destination.type === "WEBHOOK" && updated.consecutiveFailures >= WEBHOOK_FAILURE_LIMIT) {
    await disableDestination(
      destination,
      `${updated.consecutiveFailures} deliveries in a row failed (last: ${outcome.error}). Fix the receiver, then enable the destination.`,
    );
  }
}

/**
 * Delivers one message to one destination with the channel's own retries, logging every
 * attempt (time, event, outcome, response code, duration; never the body or a secret), and
 * keeps the destination's health: consecutive failures, disabled (with an alert) when it cannot
 * work until someone fixes it.
 */
export async function deliverMessage(request: DeliveryRequest, timing: DeliveryTiming = realTiming): Promise<DeliveryResult> {
  const destination = await db.destination.findUnique({ where: { id: request.destinationId } });
  if (!destination) return { ok: false, error: "The destination no longer exists." };
  if (destination.status === "DISABLED") {
    return { ok: false, error: `Destination "${destination.name}" is disabled: ${destination.statusReason ?? "enable it first"}` };
  }
  let attempt = 0;
  const record = async (result: DeliveryAttempt) => {
    attempt += 1;
    await db.destinationDelivery.create({
      data: {
        destinationId: destination.id,
        runId: request.runId ?? null,
        event: request.message.event,
        outcome: result.ok ? "SUCCEEDED" : "FAILED",
        responseCode: result.responseCode,
        durationMs: result.durationMs,
        attempt,
        error: result.error?.slice(0, 1000) ?? null,
      },
    });
  };
  const outcome = await runChannel(destination, request, record, timing);
  await recordOutcome(destination, outcome);
  return outcome.ok ? { ok: true, detail: `${outcome.detail} to "${destination.name}"` } : { ok: false, error: outcome.error };
}
