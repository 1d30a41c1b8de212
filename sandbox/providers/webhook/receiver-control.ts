import { Hono } from "hono";
import { z } from "zod";
import { parseJsonBody, parseQuery } from "../../control/control-validation";
import type { ReceivedDelivery, ReceiverStore } from "./receiver-store";

export const receivedDeliverySchema = z.object({
  sequence: z.number(),
  endpoint: z.string(),
  receivedAt: z.string(),
  event: z.string().nullable(),
  deliveryId: z.string().nullable(),
  verdict: z.enum(["valid", "invalid", "stale", "no_secret"]),
  body: z.unknown(),
});
export type ReceivedDeliveryView = z.infer<typeof receivedDeliverySchema>;

export const endpointSecretSchema = z.strictObject({
  endpoint: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  secret: z.string().min(16),
});

function view(delivery: ReceivedDelivery): ReceivedDeliveryView {
  let body: unknown = delivery.body;
  try {
    body = JSON.parse(delivery.body);
  } catch {
    // Kept as text: the receiver shows what arrived, parseable or not.
  }
  return {
    sequence: delivery.sequence,
    endpoint: delivery.endpoint,
    receivedAt: new Date(delivery.receivedAtMs).toISOString(),
    event: delivery.event,
    deliveryId: delivery.deliveryId,
    verdict: delivery.verdict,
    body,
  };
}

/** `/_control/webhook`: register an endpoint's secret, read what arrived (oldest first). */
export function createReceiverControl(store: ReceiverStore): Hono {
  const control = new Hono();
  control.post("/endpoints", async (c) => {
    const input = await parseJsonBody(c, endpointSecretSchema);
    if (!input.ok) return input.response;
    store.setSecret(input.data.endpoint, input.data.secret);
    return c.json({ endpoint: input.data.endpoint });
  });
  control.get("/deliveries", (c) => {
    const query = parseQuery(c, z.object({ endpoint: z.string().optional() }));
    if (!query.ok) return query.response;
    return c.json({ deliveries: store.deliveries(query.data.endpoint).map(view) });
  });
  return control;
}
