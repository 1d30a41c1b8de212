import { eventType } from "inngest";
import { z } from "zod";
import { inngest } from "@/inngest/client";
import { fampageClient } from "@/lib/providers/app-clients";

/**
 * Functions that exist only for the runner's tests. Each step asks the sandbox
 * panel about a distinct order number, so the sandbox's journal counts how many
 * times each step really ran.
 */
export const stepsRequested = eventType("test/steps.requested", {
  schema: z.object({ base: z.number().int(), group: z.string() }),
});
export const chainRequested = eventType("test/chain.requested", { schema: z.object({ base: z.number().int() }) });
export const flakyRequested = eventType("test/flaky.requested", { schema: z.object({}) });
export const boundedRequested = eventType("test/bounded.requested", { schema: z.object({ group: z.string() }) });
export const chainContinued = eventType("test/chain.continued", { schema: z.object({ base: z.number().int() }) });

async function askPanel(orderNumber: number): Promise<number> {
  await fampageClient().getOrderStatuses([orderNumber]);
  return orderNumber;
}

/** The second step is held in the child processes that tests kill mid-step. */
const hold = () => new Promise((resolve) => setTimeout(resolve, Number(process.env.TEST_STEP_HOLD_MS ?? 0)));

export const threeStepsFunction = inngest.createFunction(
  { id: "test-three-steps", retries: 2, concurrency: { key: "event.data.group", limit: 1 }, triggers: [stepsRequested] },
  async ({ event, step }) => {
    const timeline: { pid: number; startedAt: number; endedAt: number }[] = [];
    for (const offset of [1, 2, 3]) {
      timeline.push(
        await step.run(`ask the panel about ${event.data.base + offset}`, async () => {
          const startedAt = Date.now();
          await askPanel(event.data.base + offset);
          if (offset === 2) await hold();
          return { pid: process.pid, startedAt, endedAt: Date.now() };
        }),
      );
    }
    return timeline;
  },
);

export const sleepyChainFunction = inngest.createFunction(
  { id: "test-sleepy-chain", retries: 1, triggers: [chainRequested] },
  async ({ event, step }) => {
    await step.run("before the nap", () => askPanel(event.data.base + 1));
    await step.sleep("nap", "1s");
    const [a, b] = await Promise.all([
      step.run("in parallel A", () => askPanel(event.data.base + 2)),
      step.run("in parallel B", () => askPanel(event.data.base + 3)),
    ]);
    await step.sendEvent("hand over", { name: chainContinued.name, data: { base: event.data.base } });
    return a + b;
  },
);

export const chainFollowerFunction = inngest.createFunction(
  { id: "test-chain-follower", retries: 1, triggers: [chainContinued] },
  async ({ event, step }) => step.run("follow up", () => askPanel(event.data.base + 9)),
);

export const flakyFunction = inngest.createFunction(
  { id: "test-flaky", retries: 2, triggers: [flakyRequested] },
  async ({ step }) => step.run("ask the panel about 777", () => askPanel(777)),
);

export const everySecondFunction = inngest.createFunction(
  { id: "test-every-second", triggers: [{ cron: "* * * * * *" }] },
  async ({ step }) => step.run("tick", () => process.pid),
);

/** How many steps of the bounded function are executing right now, and the most seen at once. */
export const boundedSteps = { active: 0, peak: 0 };

export const boundedFunction = inngest.createFunction(
  {
    id: "test-bounded",
    concurrency: [
      { key: "event.data.group", limit: 1 },
      { limit: 3 },
    ],
    triggers: [boundedRequested],
  },
  async ({ step }) =>
    step.run("hold a slot", async () => {
      boundedSteps.active += 1;
      boundedSteps.peak = Math.max(boundedSteps.peak, boundedSteps.active);
      await new Promise((resolve) => setTimeout(resolve, 150));
      boundedSteps.active -= 1;
      return boundedSteps.peak;
    }),
);

export const testWorkflowFunctions = [threeStepsFunction, sleepyChainFunction, chainFollowerFunction, flakyFunction, boundedFunction];
