import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseSignedRequest, verifyHubSignature, verifyTikTokSignature } from "@/lib/social/webhooks/signatures";
import { signedRequest } from "../../../sandbox/providers/facebook/webhook-deliveries";

const SECRET = "app-secret";
const body = Buffer.from('{"object":"page","entry":[]}');
const hex = (key: string, data: string | Buffer) => createHmac("sha256", key).update(data).digest("hex");

describe("Meta's X-Hub-Signature-256", () => {
  it("accepts the HMAC of the exact bytes and nothing else", () => {
    expect(verifyHubSignature(body, `sha256=${hex(SECRET, body)}`, SECRET)).toBe(true);
    expect(verifyHubSignature(body, `sha256=${hex(SECRET, body).toUpperCase()}`, SECRET)).toBe(true);
    expect(verifyHubSignature(Buffer.from(`${body.toString()} `), `sha256=${hex(SECRET, body)}`, SECRET)).toBe(false);
    expect(verifyHubSignature(body, `sha256=${hex("other", body)}`, SECRET)).toBe(false);
    expect(verifyHubSignature(body, hex(SECRET, body), SECRET)).toBe(false);
    expect(verifyHubSignature(body, null, SECRET)).toBe(false);
    expect(verifyHubSignature(body, "sha256=abc", SECRET)).toBe(false);
  });
});

describe("Meta's signed_request", () => {
  it("returns the payload only when the signature matches", () => {
    const payload = { algorithm: "HMAC-SHA256", user_id: "10000000000000042", issued_at: 1 };
    expect(parseSignedRequest(signedRequest(payload, SECRET), SECRET)).toEqual(payload);
    expect(parseSignedRequest(signedRequest(payload, "other"), SECRET)).toBeNull();
    expect(parseSignedRequest("garbage", SECRET)).toBeNull();
    expect(parseSignedRequest("a.b.c", SECRET)).toBeNull();
  });
});

describe("TikTok-Signature", () => {
  const nowMs = 1_765_000_000_000;
  const t = String(nowMs / 1000);
  const header = (timestamp: string, key = SECRET) => `t=${timestamp},s=${hex(key, `${timestamp}.${body.toString()}`)}`;

  it("accepts a fresh, matching signature", () => {
    expect(verifyTikTokSignature(body, header(t), SECRET, nowMs)).toEqual({ ok: true });
  });

  it("refuses stale or future timestamps, wrong keys, and malformed or missing headers", () => {
    expect(verifyTikTokSignature(body, header(String(nowMs / 1000 - 301)), SECRET, nowMs)).toEqual({ ok: false, reason: "stale" });
    expect(verifyTikTokSignature(body, header(String(nowMs / 1000 + 301)), SECRET, nowMs)).toEqual({ ok: false, reason: "stale" });
    expect(verifyTikTokSignature(body, header(t, "other"), SECRET, nowMs)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyTikTokSignature(body, "s=abc", SECRET, nowMs)).toEqual({ ok: false, reason: "malformed" });
    expect(verifyTikTokSignature(body, null, SECRET, nowMs)).toEqual({ ok: false, reason: "missing" });
  });
});
