import { inngest } from "../client";
import { socialReconnectLinkRequested } from "../events";

/** E-mails a client reconnect link to the company contact (Resend idempotency key = the link). */
export const socialSendReconnectLinkFunction = inngest.createFunction(
  { id: "social-send-reconnect-link", retries: 5, concurrency: { limit: 5 }, triggers: [socialReconnectLinkRequested] },
  async ({ event, step }) =>
    step.run("send-email", async () => {
      const { sendReconnectLinkEmail } = await import("@/lib/social/reconnect-links");
      return sendReconnectLinkEmail(event.data.linkId);
    }),
);
