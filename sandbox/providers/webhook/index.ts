import type { ProviderSimulator } from "../../core/provider-simulator";
import { createReceiverApi } from "./receiver-api";
import { createReceiverControl } from "./receiver-control";
import { createReceiverPages } from "./receiver-page";
import { ReceiverStore } from "./receiver-store";

/** Not a provider: the agency's own webhook receiver, verifying Social Scale's signatures. */
export const webhookReceiverSimulator: ProviderSimulator = {
  name: "webhook",
  baseUrlEnvVar: "WEBHOOK_SANDBOX_ORIGINS",
  faultBodies: {
    serverError: () => ({ error: "receiver failed" }),
    rateLimited: () => ({ error: "slow down" }),
    errorWithStatus200: () => ({ error: "receiver failed" }),
  },
  humanPages: [{ label: "Webhook receiver", path: "/webhook/deliveries" }],
  create(context) {
    const store = new ReceiverStore();
    return {
      api: createReceiverApi(context, store),
      pages: createReceiverPages(store),
      control: createReceiverControl(store),
      reset: () => store.clear(),
    };
  },
};
