import { inngest } from "../client";

/** Hourly, forgets rate-limit windows that have ended, so the table stays small. */
export const purgeRateLimitBucketsFunction = inngest.createFunction(
  { id: "purge-rate-limit-buckets", triggers: [{ cron: "7 * * * *" }] },
  async ({ step }) =>
    step.run("delete-expired-buckets", async () => {
      const { deleteExpiredRateLimitBuckets } = await import("@/lib/rate-limit");
      return { deleted: await deleteExpiredRateLimitBuckets() };
    }),
);
