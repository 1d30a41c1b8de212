import { createHmac, timingSafeEqual } from "node:crypto";

function equalInConstantTime(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Meta's `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(raw body, app secret)>`, compared in constant time. */
export function verifyHubSignature(rawBody: Buffer, header: string | null, appSecret: string): boolean {
  if (header === null || !header.startsWith("sha256=")) return false;
  const expected = createHmac("sha256", appSecret).update(rawBody).digest("hex");
  return equalInConstantTime(header.slice("sha256=".length).toLowerCase(), expected);
}

/** How old a TikTok delivery's timestamp may be (and how far in the future). */
export const TIKTOK_SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export type TikTokSignatureCheck = { ok: true } | { ok: false; reason: "missing" | "malformed" | "stale" | "mismatch" };

/** `TikTok-Signature: t=<unix seconds>,s=<hex HMAC-SHA256(client secret, "<t>.<raw body>")>`; stale timestamps refused. */
export function verifyTikTokSignature(rawBody: Buffer, header: string | null, clientSecret: string, nowMs: number): TikTokSignatureCheck {
  if (header === null) return { ok: false, reason: "missing" };
  const parts = new Map(
    header.split(",").map((part) => {
      const [name = "", ...value] = part.trim().split("=");
      return [name, value.join("=")] as const;
    }),
  );
  const timestamp = parts.get("t");
  const signature = parts.get("s");
  if (timestamp === undefined || signature === undefined || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > TIKTOK_SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: "stale" };
  const expected = createHmac("sha256", clientSecret).update(`${timestamp}.`).update(rawBody).digest("hex");
  return equalInConstantTime(signature.toLowerCase(), expected) ? { ok: true } : { ok: false, reason: "mismatch" };
}

/**
 * Meta's `signed_request` (deauthorize and data-deletion callbacks): `<base64url HMAC-SHA256 of
 * the payload part>.<base64url JSON>`. Returns the payload, or null when the signature is wrong.
 */
export function parseSignedRequest(signedRequest: string, appSecret: string): Record<string, unknown> | null {
  const [signature, payload, ...rest] = signedRequest.split(".");
  if (signature === undefined || payload === undefined || rest.length > 0 || signature.length === 0) return null;
  const expected = createHmac("sha256", appSecret).update(payload).digest("base64url");
  if (!equalInConstantTime(signature, expected)) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof decoded === "object" && decoded !== null && !Array.isArray(decoded) ? (decoded as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
