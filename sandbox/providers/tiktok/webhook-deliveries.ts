import { createHmac } from "node:crypto";
import type { Hono } from "hono";
import { z } from "zod";
import { parseJsonBody } from "../../control/control-validation";
import type { SandboxClock } from "../../core/sandbox-clock";
import { deliverWebhook } from "../../core/webhook-delivery";
import { DEFAULT_SANDBOX_ACCOUNT } from "./sandbox-accounts";
import { SANDBOX_CLIENT_KEY, SANDBOX_CLIENT_SECRET } from "./sandbox-app";

const STALE_SECONDS = 10 * 60;

const deliverySchema = z.strictObject({
  url: z.url(),
  event: z.string().min(1).default("authorization.removed"),
  userOpenId: z.string().min(1).default(DEFAULT_SANDBOX_ACCOUNT.openId),
  /** TikTok sends `content` as a JSON string. */
  content: z.record(z.string(), z.unknown()).default({ reason: 1 }),
  signature: z.enum(["valid", "invalid", "stale", "missing"]).default("valid"),
});

/**
 * `POST /_control/tiktok/webhooks/deliver`: the sandbox plays TikTok posting an event, signed
 * with `TikTok-Signature: t=<unix seconds>,s=<hex HMAC-SHA256(client secret, "t.body")>`.
 * The timestamp is real time (the receiver compares it with its own clock), or 10 minutes old.
 */
export function addTikTokWebhookDeliveries(control: Hono, clock: SandboxClock, shutdownSignal: AbortSignal): void {
  control.post("/webhooks/deliver", async (c) => {
    const input = await parseJsonBody(c, deliverySchema);
    if (!input.ok) return input.response;
    const { url, event, userOpenId, content, signature } = input.data;
    const body = JSON.stringify({
      client_key: SANDBOX_CLIENT_KEY,
      event,
      create_time: Math.floor(clock.nowMs() / 1000),
      user_openid: userOpenId,
      content: JSON.stringify(content),
    });
    const timestamp = Math.floor(Date.now() / 1000) - (signature === "stale" ? STALE_SECONDS : 0);
    const secret = signature === "invalid" ? "not-the-client-secret" : SANDBOX_CLIENT_SECRET;
    const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (signature !== "missing") headers["tiktok-signature"] = `t=${timestamp},s=${mac}`;
    return c.json(await deliverWebhook(url, body, headers, shutdownSignal));
  });
}
