import { z } from "zod";
import { receivedDeliverySchema, type ReceivedDeliveryView } from "./receiver-control";

/** Typed access to `/_control/webhook` of a running sandbox, for tests. */
export type WebhookReceiverControl = {
  /** The URL a destination should POST to for this endpoint. */
  endpointUrl(endpoint: string): string;
  registerSecret(endpoint: string, secret: string): Promise<void>;
  deliveries(endpoint?: string): Promise<ReceivedDeliveryView[]>;
};

export function createWebhookReceiverControl(sandboxUrl: string): WebhookReceiverControl {
  const control = `${sandboxUrl}/_control/webhook`;
  const check = async (response: Response) => {
    const text = await response.text();
    if (!response.ok) throw new Error(`Sandbox webhook control call failed with HTTP ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  };
  return {
    endpointUrl: (endpoint) => `${sandboxUrl}/webhook/in/${endpoint}`,
    async registerSecret(endpoint, secret) {
      await check(await fetch(`${control}/endpoints`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ endpoint, secret }) }));
    },
    async deliveries(endpoint) {
      const query = endpoint === undefined ? "" : `?${new URLSearchParams({ endpoint }).toString()}`;
      return z.object({ deliveries: z.array(receivedDeliverySchema) }).parse(await check(await fetch(`${control}/deliveries${query}`))).deliveries;
    },
  };
}
