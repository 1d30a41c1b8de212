import { env } from "@/lib/env";
import type { Destination } from "@/lib/generated/prisma/client";
import { resendClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import type { AttemptRecorder, ChannelOutcome } from "./delivery-attempt";
import { automationEmail } from "./email-template";
import type { OutgoingMessage } from "./outgoing-message";

/**
 * Sends through Resend with the delivery id as idempotency key: the client retries transient
 * failures and 429s itself, and a repeat within 24 h is not delivered twice.
 */
export async function deliverToEmail(
  destination: Destination,
  message: OutgoingMessage,
  deliveryId: string,
  record: AttemptRecorder,
): Promise<ChannelOutcome> {
  const email = automationEmail(message);
  const startedAt = performance.now();
  try {
    await resendClient().sendEmail({
      from: env().MAIL_FROM,
      to: destination.emailRecipients,
      subject: email.subject,
      text: email.text,
      html: email.html,
      idempotencyKey: `automation-delivery:${deliveryId}`,
    });
    await record({ ok: true, responseCode: 200, durationMs: Math.round(performance.now() - startedAt), error: null });
    return { ok: true, detail: `E-mail sent to ${destination.emailRecipients.join(", ")}` };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    await record({ ok: false, responseCode: error.httpStatus ?? null, durationMs: Math.round(performance.now() - startedAt), error: error.message });
    return { ok: false, error: `Resend refused the e-mail: ${error.message}` };
  }
}
