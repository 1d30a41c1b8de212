import { inngest } from "../client";

/**
 * Every 5 minutes: interrupted placements go to review, then the panel's status
 * of every open order is fetched (multi-status, 100 per call).
 */
export const syncOpenOrdersFunction = inngest.createFunction(
  { id: "sync-open-orders", concurrency: { limit: 1 }, triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => {
    const review = await step.run("escalate-stale-submissions", async () => {
      const { escalateStaleSubmissions } = await import("@/lib/orders/escalate-stale-submissions");
      return escalateStaleSubmissions();
    });
    const sync = await step.run("sync-open-orders", async () => {
      const { syncOpenOrders } = await import("@/lib/orders/sync-order-statuses");
      return syncOpenOrders();
    });
    return { ...sync, escalatedToReview: review.escalated };
  },
);
