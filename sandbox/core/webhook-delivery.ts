import { z } from "zod";

/** What the receiving app answered to a delivery the sandbox made on a provider's behalf. */
export type WebhookDeliveryResult = { status: number; body: string };

export const webhookDeliveryResultSchema = z.object({ status: z.number(), body: z.string() });

/** Sends a webhook the way a provider does (one POST, no retries) and reports the answer. */
export async function deliverWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<WebhookDeliveryResult> {
  const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.any([signal, AbortSignal.timeout(20_000)]) });
  return { status: response.status, body: await response.text() };
}

/** The signature variants a delivery can carry, so tests exercise the receiver's checks. */
export const SIGNATURE_VARIANTS = ["valid", "invalid", "missing"] as const;
