import { createHmac } from "node:crypto";
import type { Hono } from "hono";
import { z } from "zod";
import { parseJsonBody } from "../../control/control-validation";
import { deliverWebhook, SIGNATURE_VARIANTS } from "../../core/webhook-delivery";
import { FACEBOOK_SANDBOX_APP } from "./facebook-app";
import { SANDBOX_FACEBOOK_USER } from "./facebook-account";

const eventDeliverySchema = z.strictObject({
  url: z.url(),
  /** The JSON Meta posts, e.g. `{"object":"page","entry":[...]}`; sent byte for byte as given in `rawBody` when set. */
  payload: z.record(z.string(), z.unknown()).optional(),
  rawBody: z.string().optional(),
  signature: z.enum(SIGNATURE_VARIANTS).default("valid"),
});

const signedRequestDeliverySchema = z.strictObject({
  url: z.url(),
  userId: z.string().regex(/^\d+$/).default(SANDBOX_FACEBOOK_USER.id),
  signature: z.enum(["valid", "invalid"]).default("valid"),
});

const hmacHex = (secret: string, body: string): string => createHmac("sha256", secret).update(body).digest("hex");

/** Meta's `signed_request`: base64url(HMAC-SHA256(payload part)) + "." + base64url(JSON). */
export function signedRequest(payload: Record<string, unknown>, secret: string): string {
  const encodedPayload = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const signature = createHmac("sha256", secret).update(encodedPayload).digest("base64url");
  return `${signature}.${encodedPayload}`;
}

/**
 * `POST /_control/facebook/webhooks/deliver` (an event signed with `X-Hub-Signature-256`) and
 * `POST /_control/facebook/signed-requests/deliver` (the deauthorize or data-deletion callback's
 * `signed_request` form): the sandbox plays Meta calling the app, and returns the app's answer.
 */
export function addFacebookWebhookDeliveries(control: Hono, shutdownSignal: AbortSignal, nowSeconds: () => number): void {
  control.post("/webhooks/deliver", async (c) => {
    const input = await parseJsonBody(c, eventDeliverySchema);
    if (!input.ok) return input.response;
    const body = input.data.rawBody ?? JSON.stringify(input.data.payload ?? { object: "page", entry: [] });
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (input.data.signature !== "missing") {
      const secret = input.data.signature === "valid" ? FACEBOOK_SANDBOX_APP.secret : "not-the-app-secret";
      headers["x-hub-signature-256"] = `sha256=${hmacHex(secret, body)}`;
    }
    return c.json(await deliverWebhook(input.data.url, body, headers, shutdownSignal));
  });

  control.post("/signed-requests/deliver", async (c) => {
    const input = await parseJsonBody(c, signedRequestDeliverySchema);
    if (!input.ok) return input.response;
    const secret = input.data.signature === "valid" ? FACEBOOK_SANDBOX_APP.secret : "not-the-app-secret";
    const payload = { algorithm: "HMAC-SHA256", issued_at: nowSeconds(), user_id: input.data.userId };
    const body = new URLSearchParams({ signed_request: signedRequest(payload, secret) }).toString();
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    return c.json(await deliverWebhook(input.data.url, body, headers, shutdownSignal));
  });
}
