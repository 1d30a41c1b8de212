import { inngest } from "../client";

/** Every 5 minutes: low balance, stuck orders, Partial/Canceled orders open or close their alert episodes. */
export const checkAlertConditionsFunction = inngest.createFunction(
  { id: "check-alert-conditions", concurrency: { limit: 1 }, retries: 2, triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) =>
    step.run("check-conditions", async () => {
      const { checkAlertConditions } = await import("@/lib/automations/check-alert-conditions");
      return checkAlertConditions();
    }),
);
