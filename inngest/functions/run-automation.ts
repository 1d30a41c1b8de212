import { automationRunRequested } from "../events";
import { inngest } from "../client";

/**
 * One recorded run: builds what the automation sends and delivers it (the destination's own
 * retries and backoff apply inside). One run at a time per automation, so a data sync's cursor
 * is never advanced by two runs at once; a Telegram chat is limited to about a message a second.
 */
export const runAutomationFunction = inngest.createFunction(
  {
    id: "run-automation",
    concurrency: { limit: 1, key: "event.data.automationId" },
    throttle: { limit: 30, period: "1s" },
    retries: 2,
    triggers: [{ event: automationRunRequested }],
  },
  async ({ event, step }) =>
    step.run("execute-run", async () => {
      const { executeAutomationRun } = await import("@/lib/automations/execute-run");
      return executeAutomationRun(event.data.runId);
    }),
);
