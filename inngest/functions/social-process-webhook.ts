import { inngest } from "../client";
import { socialWebhookReceived } from "../events";

/** Applies a stored provider webhook (deauthorizations disconnect accounts); idempotent. */
export const socialProcessWebhookFunction = inngest.createFunction(
  { id: "social-process-webhook", retries: 5, concurrency: { limit: 5 }, triggers: [socialWebhookReceived] },
  async ({ event, step }) =>
    step.run("apply-webhook", async () => {
      const { processSocialWebhook } = await import("@/lib/social/webhooks/process-webhook");
      return processSocialWebhook(event.data.webhookEventId);
    }),
);
