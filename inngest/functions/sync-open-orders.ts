import { lazyModule } from "@/lib/workflows/lazy-module";
import { statusSyncRequested } from "../events";
import { inngest } from "../client";

const statusSync = lazyModule(() => import("@/lib/orders/status-sync"));

/**
 * One sync of every open order: interrupted placements to review, then steps of
 * up to 10 batches of 100 (the panel's limit per call; each step asks about the
 * next batch while storing the current one), so a crash loses at most the batch in
 * flight and the Orders page shows the progress batch by batch.
 */
export const syncOpenOrdersFunction = inngest.createFunction(
  { id: "sync-open-orders", concurrency: { limit: 1 }, retries: 5, triggers: [statusSyncRequested] },
  async ({ event, step }) => {
    const { syncId } = event.data;
    try {
      await step.run("count open orders and escalate interrupted placements", async () => (await statusSync()).beginStatusSync(syncId));
      for (let batch = 1; ; batch += 1) {
        const progress = await step.run(`sync batch ${batch}`, async () => (await statusSync()).syncNextStatusBatch(syncId));
        if (progress.done) break;
      }
      return await step.run("finish", async () => (await statusSync()).finishStatusSync(syncId));
    } catch (error) {
      await step.run("record the failure", async () =>
        (await statusSync()).failStatusSync(syncId, error instanceof Error ? error.message : "The sync stopped."),
      );
      throw error;
    }
  },
);

/** Every 5 minutes, a sync of every open order (joining one already running). */
export const scheduleStatusSyncFunction = inngest.createFunction(
  { id: "schedule-status-sync", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ event, step }) =>
    step.run("request a status sync", async () => {
      const { requestStatusSync } = await statusSync();
      const sync = await requestStatusSync("schedule", event.id);
      return { syncId: sync.id };
    }),
);
