import { passwordResetRequested } from "../events";
import { inngest } from "../client";

/** A reset request: issue the link (once per request), then e-mail it, retried until the mail provider takes it. */
export const sendPasswordResetFunction = inngest.createFunction(
  { id: "send-password-reset", retries: 6, triggers: [passwordResetRequested] },
  async ({ event, step }) => {
    const issued = await step.run("issue a reset link", async () => {
      const { issuePasswordResetLink } = await import("@/lib/auth/password-reset");
      return issuePasswordResetLink(event.data.email, event.id ?? event.data.email);
    });
    if (!issued) return { outcome: "no account uses this address" };
    const outcome = await step.run("e-mail the link", async () => {
      const { emailPasswordResetLink } = await import("@/lib/auth/password-reset");
      return emailPasswordResetLink(issued.resetTokenId);
    });
    return { outcome };
  },
);
