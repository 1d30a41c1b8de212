import { alertOpened } from "../events";
import { inngest } from "../client";

/** An alert opened anywhere in the console: one run per alert automation that watches its kind. */
export const forwardAlertFunction = inngest.createFunction(
  { id: "forward-alert", retries: 3, triggers: [{ event: alertOpened }] },
  async ({ event, step }) =>
    step.run("claim-alert-runs", async () => {
      const { claimAlertRuns } = await import("@/lib/automations/forward-alerts");
      return { claimed: await claimAlertRuns(event.data.alertId) };
    }),
);
