import { inngest } from "../client";

/** Every minute: records one run per automation whose time has come (unique per scheduled time) and requests its execution. */
export const dispatchAutomationsFunction = inngest.createFunction(
  { id: "dispatch-automations", concurrency: { limit: 1 }, retries: 3, triggers: [{ cron: "* * * * *" }] },
  async ({ step }) =>
    step.run("claim-due-runs", async () => {
      const { dispatchDueAutomations } = await import("@/lib/automations/dispatch-due-automations");
      return dispatchDueAutomations();
    }),
);
