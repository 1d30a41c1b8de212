import { inngest } from "../client";

/** Daily, forgets provider calls older than the retention setting (Settings, default 30 days). */
export const purgeIntegrationLogFunction = inngest.createFunction(
  { id: "purge-integration-log", concurrency: { limit: 1 }, triggers: [{ cron: "TZ=UTC 45 3 * * *" }] },
  async ({ step }) =>
    step.run("delete entries past retention", async () => {
      const { purgeOldIntegrationLogEntries } = await import("@/lib/integration-log/purge-old-entries");
      return purgeOldIntegrationLogEntries();
    }),
);
