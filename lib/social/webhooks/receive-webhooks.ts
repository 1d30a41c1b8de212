import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseJsonKeepingLargeIntegers } from "@/lib/providers/core/lossless-json";
import { addressSubject, hitRateLimit } from "@/lib/rate-limit";
import { rateLimitRules } from "@/lib/rate-limit/rules";
import { parseSignedRequest, verifyHubSignature, verifyTikTokSignature } from "./signatures";
import { bodyDedupeKey, countRejectedWebhook, storeWebhookEvent } from "./store-webhook";

/** What the route handler answers; never more than the provider needs. */
export type WebhookAnswer = { status: number; body: string; contentType: "text/plain" | "application/json" };

const text = (status: number, body: string): WebhookAnswer => ({ status, body, contentType: "text/plain" });
const json = (status: number, body: unknown): WebhookAnswer => ({ status, body: JSON.stringify(body), contentType: "application/json" });

/** Deliveries beyond the per-IP limit get 429 before any signature work; unknown addresses share one limit. */
async function floodRefusal(provider: string, clientIp: string | null): Promise<WebhookAnswer | null> {
  const verdict = await hitRateLimit(rateLimitRules.providerWebhooksPerIp, `${provider}:${addressSubject(clientIp)}`);
  return verdict.allowed ? null : text(429, "Too many deliveries");
}

function parseJsonObject(rawBody: Buffer): Record<string, unknown> | null {
  try {
    const parsed = parseJsonKeepingLargeIntegers(rawBody.toString("utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Meta's subscription handshake: echo `hub.challenge` only for our verify token. */
export function answerFacebookVerification(query: URLSearchParams): WebhookAnswer {
  const verifyToken = env().FACEBOOK_WEBHOOK_VERIFY_TOKEN;
  const challenge = query.get("hub.challenge");
  if (verifyToken === undefined) return text(403, "Webhook verification is not configured");
  if (query.get("hub.mode") !== "subscribe" || query.get("hub.verify_token") !== verifyToken || challenge === null) {
    return text(403, "Verification refused");
  }
  return text(200, challenge);
}

/** A Graph webhook event (`X-Hub-Signature-256` over the raw body): stored once, processed later. */
export async function receiveFacebookEvent(input: { rawBody: Buffer; signature: string | null; clientIp: string | null }): Promise<WebhookAnswer> {
  const flood = await floodRefusal("facebook", input.clientIp);
  if (flood !== null) return flood;
  const appSecret = env().FACEBOOK_APP_SECRET;
  if (appSecret === undefined) return text(503, "Facebook is not configured");
  if (!verifyHubSignature(input.rawBody, input.signature, appSecret)) {
    await countRejectedWebhook("FACEBOOK");
    return text(401, "Invalid signature");
  }
  const payload = parseJsonObject(input.rawBody);
  if (payload === null) return text(400, "The body is not a JSON object");
  const kind = typeof payload.object === "string" ? payload.object : "unknown";
  await storeWebhookEvent({ provider: "FACEBOOK", kind, dedupeKey: bodyDedupeKey("FACEBOOK", input.rawBody), payload: payload as Prisma.InputJsonObject });
  return text(200, "EVENT_RECEIVED");
}

/**
 * Meta's deauthorize and data-deletion callbacks (`signed_request` form field). Deletion answers
 * `{url, confirmation_code}` (the stored event's id) where the user can follow the request.
 */
export async function receiveFacebookSignedRequest(input: {
  kind: "deauthorize" | "data_deletion";
  form: URLSearchParams;
  clientIp: string | null;
}): Promise<WebhookAnswer> {
  const flood = await floodRefusal("facebook", input.clientIp);
  if (flood !== null) return flood;
  const { FACEBOOK_APP_SECRET: appSecret, APP_URL } = env();
  if (appSecret === undefined) return text(503, "Facebook is not configured");
  const payload = parseSignedRequest(input.form.get("signed_request") ?? "", appSecret);
  if (payload === null || typeof payload.user_id !== "string" || !/^\d+$/.test(payload.user_id)) {
    await countRejectedWebhook("FACEBOOK");
    return text(401, "Invalid signed_request");
  }
  const issuedAt = typeof payload.issued_at === "number" ? payload.issued_at : 0;
  const stored = await storeWebhookEvent({
    provider: "FACEBOOK",
    kind: input.kind,
    dedupeKey: `facebook:${input.kind}:${payload.user_id}:${issuedAt}`,
    payload: { user_id: payload.user_id, issued_at: issuedAt },
  });
  if (input.kind === "deauthorize") return json(200, { received: true });
  return json(200, { url: new URL(`/data-deletion/${stored.id}`, APP_URL).toString(), confirmation_code: stored.id });
}

/** A TikTok webhook (`TikTok-Signature`, stale timestamps refused): stored once, processed later. */
export async function receiveTikTokEvent(input: {
  rawBody: Buffer;
  signature: string | null;
  clientIp: string | null;
  now?: Date;
}): Promise<WebhookAnswer> {
  const flood = await floodRefusal("tiktok", input.clientIp);
  if (flood !== null) return flood;
  const clientSecret = env().TIKTOK_CLIENT_SECRET;
  if (clientSecret === undefined) return text(503, "TikTok is not configured");
  const check = verifyTikTokSignature(input.rawBody, input.signature, clientSecret, (input.now ?? new Date()).getTime());
  if (!check.ok) {
    await countRejectedWebhook("TIKTOK");
    return text(401, `Invalid signature (${check.reason})`);
  }
  const payload = parseJsonObject(input.rawBody);
  if (payload === null) return text(400, "The body is not a JSON object");
  const kind = typeof payload.event === "string" ? payload.event : "unknown";
  await storeWebhookEvent({ provider: "TIKTOK", kind, dedupeKey: bodyDedupeKey("TIKTOK", input.rawBody), payload: payload as Prisma.InputJsonObject });
  return text(200, "OK");
}
