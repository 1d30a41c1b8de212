import { decryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import type { Destination } from "@/lib/generated/prisma/client";
import type { AttemptRecorder, ChannelOutcome, DeliveryTiming } from "./delivery-attempt";
import type { OutgoingMessage } from "./outgoing-message";
import { postWebhook, type WebhookResponse } from "./webhook-request";
import { signWebhookBody, WEBHOOK_HEADERS, WEBHOOK_SCHEMA_VERSION } from "./webhook-signature";
import { resolveWebhookTarget, webhookTargetPolicy, WebhookTargetRefusedError } from "./webhook-target";

const MAX_ATTEMPTS = 3;
const BACKOFF_MS = [500, 2_000];
const MAX_RETRY_AFTER_SECONDS = 10;

function isRetryable(response: WebhookResponse): boolean {
  if (response.kind === "no_answer") return true;
  return response.status === 408 || response.status === 429 || response.status >= 500;
}

function describe(response: WebhookResponse): string {
  if (response.kind === "no_answer") return `No answer: ${response.message}`;
  if (response.status >= 300 && response.status < 400) return `The receiver answered a redirect (HTTP ${response.status}); redirects are not followed.`;
  return `The receiver answered HTTP ${response.status}`;
}

/** The JSON every delivery carries: an envelope with the event type and schema version around the data. */
export function webhookEnvelope(deliveryId: string, message: OutgoingMessage, occurredAt: Date): string {
  return JSON.stringify({
    id: deliveryId,
    type: message.event,
    schemaVersion: WEBHOOK_SCHEMA_VERSION,
    occurredAt: occurredAt.toISOString(),
    data: message.data,
  });
}

/**
 * POSTs the signed envelope; retries with backoff on no answer, 408, 429 (Retry-After) and 5xx.
 * Every attempt carries the same delivery id, so a receiver can drop a repeat. The host is
 * checked and pinned at each attempt.
 */
export async function deliverToWebhook(
  destination: Destination,
  message: OutgoingMessage,
  deliveryId: string,
  record: AttemptRecorder,
  timing: DeliveryTiming,
): Promise<ChannelOutcome> {
  const serverEnv = env();
  const body = webhookEnvelope(deliveryId, message, new Date());
  let last = "";
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    let target;
    try {
      target = await resolveWebhookTarget(destination.webhookUrl ?? "", webhookTargetPolicy(serverEnv));
    } catch (error) {
      if (!(error instanceof WebhookTargetRefusedError)) throw error;
      await record({ ok: false, responseCode: null, durationMs: 0, error: error.message });
      return { ok: false, error: error.message };
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "content-type": "application/json",
      "user-agent": "SocialScale-Webhooks/1",
      [WEBHOOK_HEADERS.event]: message.event,
      [WEBHOOK_HEADERS.delivery]: deliveryId,
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.signature]: signWebhookBody(decryptSecret(destination.webhookSecret ?? ""), timestamp, body),
    };
    const response = await postWebhook(target, headers, body, serverEnv.PROVIDER_TIMEOUT_MS);
    const ok = response.kind === "answered" && response.status >= 200 && response.status < 300;
    const responseCode = response.kind === "answered" ? response.status : null;
    last = describe(response);
    await record({ ok, responseCode, durationMs: response.durationMs, error: ok ? null : last });
    if (ok) return { ok: true, detail: `Webhook delivered (HTTP ${responseCode})` };
    if (!isRetryable(response) || attempt === MAX_ATTEMPTS) break;
    const retryAfter = response.kind === "answered" ? response.retryAfterSeconds : null;
    const wait = retryAfter !== null && retryAfter <= MAX_RETRY_AFTER_SECONDS ? retryAfter * 1000 : BACKOFF_MS[attempt - 1]!;
    await timing.sleep(wait);
  }
  return { ok: false, error: last };
}
