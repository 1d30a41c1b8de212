import { inngest } from "../client";

/** Daily, the panel's catalog: new services, new prices, retired services marked inactive. */
export const syncServiceCatalogFunction = inngest.createFunction(
  { id: "sync-service-catalog", concurrency: { limit: 1 }, triggers: [{ cron: "TZ=UTC 15 3 * * *" }] },
  async ({ step }) =>
    step.run("sync-service-catalog", async () => {
      const { syncServiceCatalog } = await import("@/lib/services/sync-catalog");
      return syncServiceCatalog();
    }),
);
