import { createHmac, timingSafeEqual } from "node:crypto";
import type { SignatureVerdict } from "./receiver-store";

const TOLERANCE_SECONDS = 300;

/**
 * The receiving side of Social Scale's webhook signature, written from the documentation rather
 * than shared with the sender, so a mistake on either side shows: HMAC-SHA256 of
 * `<timestamp>.<raw body>`, hex, prefixed `v1=`, timestamp within five minutes.
 */
export function verifySignature(input: {
  secret: string | undefined;
  timestamp: string | null;
  signature: string | null;
  body: string;
  nowSeconds: number;
}): SignatureVerdict {
  if (input.secret === undefined) return "no_secret";
  if (input.timestamp === null || input.signature === null || !/^\d+$/.test(input.timestamp)) return "invalid";
  if (Math.abs(input.nowSeconds - Number(input.timestamp)) > TOLERANCE_SECONDS) return "stale";
  const expected = Buffer.from(`v1=${createHmac("sha256", input.secret).update(`${input.timestamp}.${input.body}`).digest("hex")}`);
  const received = Buffer.from(input.signature);
  return expected.length === received.length && timingSafeEqual(expected, received) ? "valid" : "invalid";
}
