import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const WEBHOOK_HEADERS = {
  signature: "x-socialscale-signature",
  timestamp: "x-socialscale-timestamp",
  event: "x-socialscale-event",
  delivery: "x-socialscale-delivery",
} as const;

export const WEBHOOK_SCHEMA_VERSION = 1;

/** A new per-destination signing secret (256 bits), shown to the administrator once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** `v1=` + hex HMAC-SHA256 of `<timestamp>.<raw body>` with the destination's secret. */
export function signWebhookBody(secret: string, timestampSeconds: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex")}`;
}

/** What receivers do (the page shows the same in a snippet): recompute, compare in constant time, bound the age. */
export function verifyWebhookSignature(input: {
  secret: string;
  timestampHeader: string | null;
  signatureHeader: string | null;
  body: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const timestamp = Number(input.timestampHeader);
  if (!Number.isInteger(timestamp) || input.signatureHeader === null) return false;
  if (Math.abs(input.nowSeconds - timestamp) > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhookBody(input.secret, timestamp, input.body));
  const received = Buffer.from(input.signatureHeader);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
