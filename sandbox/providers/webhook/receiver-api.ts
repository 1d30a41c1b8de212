import { Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import type { ReceiverStore } from "./receiver-store";
import { verifySignature } from "./verify-signature";

const ENDPOINT = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A webhook receiver like the agency's would run: `POST /in/<endpoint>` verifies the signature
 * with the endpoint's registered secret and answers 200, or 401 when it does not verify (a stale
 * timestamp included). `POST /redirect/<endpoint>` answers a redirect to `/in/<endpoint>`, for
 * checking that senders do not follow it.
 */
export function createReceiverApi(context: SandboxContext, store: ReceiverStore): Hono {
  const api = new Hono();

  api.post("/in/:endpoint", async (c) => {
    const endpoint = c.req.param("endpoint");
    if (!ENDPOINT.test(endpoint)) return c.json({ error: "unknown endpoint" }, 404);
    const body = await c.req.text();
    const header = (name: string) => c.req.header(name) ?? null;
    const verdict = verifySignature({
      secret: store.secretOf(endpoint),
      timestamp: header("x-socialscale-timestamp"),
      signature: header("x-socialscale-signature"),
      body,
      // The console signs with the real time, whatever the sandbox clock says (tests move it for token expiry).
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    store.save({
      endpoint,
      receivedAtMs: context.clock.nowMs(),
      event: header("x-socialscale-event"),
      deliveryId: header("x-socialscale-delivery"),
      timestamp: header("x-socialscale-timestamp"),
      signature: header("x-socialscale-signature"),
      verdict,
      body,
    });
    if (verdict === "invalid" || verdict === "stale") return c.json({ error: `signature ${verdict}` }, 401);
    return c.json({ received: true, verified: verdict === "valid" }, 200);
  });

  api.post("/redirect/:endpoint", (c) => c.redirect(`../in/${c.req.param("endpoint")}`, 307));

  return api;
}
