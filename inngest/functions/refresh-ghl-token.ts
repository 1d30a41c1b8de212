import { inngest } from "../client";

/**
 * Every minute: refreshes the agency token once it is within the refresh-ahead window (so it
 * stays fresh with no traffic), reconciles a refresh whose answer was lost, and checks with
 * one cheap read that GoHighLevel still accepts the token (a 401 there refreshes at once).
 */
export const refreshGhlTokenFunction = inngest.createFunction(
  { id: "refresh-ghl-token", concurrency: { limit: 1 }, retries: 2, triggers: [{ cron: "* * * * *" }] },
  async ({ step }) =>
    step.run("refresh-agency-token", async () => {
      const { runScheduledTokenCheck } = await import("@/lib/ghl/scheduled-token-check");
      return runScheduledTokenCheck();
    }),
);
