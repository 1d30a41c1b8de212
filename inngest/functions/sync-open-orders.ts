import { inngest } from "../client";

/** Every 5 minutes, the panel's status of every open order (multi-status, 100 per call). */
export const syncOpenOrdersFunction = inngest.createFunction(
  { id: "sync-open-orders", concurrency: { limit: 1 }, triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) =>
    step.run("sync-open-orders", async () => {
      const { syncOpenOrders } = await import("@/lib/orders/sync-order-statuses");
      return syncOpenOrders();
    }),
);
