import { inngest } from "../client";

/** Hourly, forgets rate-limit windows and sign-in sessions that have ended, so the tables stay small. */
export const purgeRateLimitBucketsFunction = inngest.createFunction(
  { id: "purge-rate-limit-buckets", triggers: [{ cron: "7 * * * *" }] },
  async ({ step }) => {
    const buckets = await step.run("delete-expired-buckets", async () => {
      const { deleteExpiredRateLimitBuckets } = await import("@/lib/rate-limit");
      return { deleted: await deleteExpiredRateLimitBuckets() };
    });
    const sessions = await step.run("delete-finished-sessions", async () => {
      const { deleteFinishedAuthSessions } = await import("@/lib/auth/auth-sessions");
      return { deleted: await deleteFinishedAuthSessions() };
    });
    return { buckets: buckets.deleted, sessions: sessions.deleted };
  },
);
