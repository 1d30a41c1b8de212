import { lazyModule } from "@/lib/workflows/lazy-module";
import { inngest } from "../client";
import { socialAccountDailyCheckRequested } from "../events";

const validation = lazyModule(() => import("@/lib/social/validate-account"));
const scheduledChecks = lazyModule(() => import("@/lib/social/scheduled-checks"));
const followerSnapshots = lazyModule(() => import("@/lib/social/follower-snapshots"));

/** Daily at 03:00 UTC: one check per managed account, and expired OAuth states are forgotten. */
export const socialDailyCheckFanOutFunction = inngest.createFunction(
  { id: "social-daily-check-fan-out", concurrency: { limit: 1 }, retries: 3, triggers: [{ cron: "0 3 * * *" }] },
  async ({ event, step }) => {
    const day = new Date(event.ts ?? Date.now());
    const checks = await step.run("enqueue-daily-checks", async () => {
      const { enqueueDailyChecks } = await scheduledChecks();
      return enqueueDailyChecks(day);
    });
    const states = await step.run("delete-expired-oauth-states", async () => {
      const { deleteExpiredOAuthStates } = await import("@/lib/social/oauth-state");
      return { deleted: await deleteExpiredOAuthStates() };
    });
    return { ...checks, expiredStatesDeleted: states.deleted };
  },
);

/**
 * One account's daily check: validate the credentials at the provider (a revoked token is
 * caught before anyone needs it), warn when access ends within 3 days, record followers.
 */
export const socialDailyCheckFunction = inngest.createFunction(
  {
    id: "social-daily-check",
    concurrency: [{ key: "event.data.accountId", limit: 1 }, { limit: 10 }],
    throttle: { limit: 300, period: "1m" },
    retries: 5,
    triggers: [socialAccountDailyCheckRequested],
  },
  async ({ event, step }) => {
    const { accountId } = event.data;
    const validated = await step.run("validate-credentials", async () => {
      const { validateSocialAccount } = await validation();
      const outcome = await validateSocialAccount(accountId);
      // A refresh holds the account right now: try again after the backoff.
      if (outcome.result === "busy") throw new Error(`account ${accountId} is being refreshed`);
      return outcome;
    });
    const expiry = await step.run("warn-if-expiring", async () => {
      const { warnIfExpiringSoon } = await scheduledChecks();
      return warnIfExpiringSoon(accountId);
    });
    const snapshot = await step.run("record-followers", async () => {
      const { recordFollowerSnapshot } = await followerSnapshots();
      return recordFollowerSnapshot(accountId);
    });
    return { validation: validated.result, expiring: expiry.expiring, followersRecorded: snapshot.recorded };
  },
);
