import { lazyModule } from "@/lib/workflows/lazy-module";
import { inngest } from "../client";
import { socialAccountRefreshRequested } from "../events";

const refreshAccount = lazyModule(() => import("@/lib/social/refresh-account"));

/** How many accounts are refreshed at once (the benchmark's floor divides by it). */
export const SOCIAL_REFRESH_CONCURRENCY = 25;

/**
 * Every minute (one index scan when nothing is due): one refresh event per connected account
 * whose token is due (TikTok < 2 h left, Meta < 10 days, Instagram Login ≥ 24 h old and < 10 days left).
 */
export const socialRefreshFanOutFunction = inngest.createFunction(
  { id: "social-refresh-fan-out", concurrency: { limit: 1 }, retries: 3, triggers: [{ cron: "* * * * *" }] },
  async ({ event, step }) => {
    // The tick is the trigger's time, stable across replays: the event ids it yields are too.
    const tick = new Date(event.ts ?? Date.now());
    return step.run("enqueue-due-refreshes", async () => {
      const { enqueueDueRefreshes } = await import("@/lib/social/scheduled-checks");
      return enqueueDueRefreshes(tick);
    });
  },
);

/**
 * Renews one account's token. One run per account at a time (and the account's lease inside),
 * so a rotated TikTok refresh token is never used twice; 5xx, timeouts and rate limits are
 * retried with backoff and never disconnect; a revoked token marks the account "needs reconnect".
 */
export const socialRefreshAccountFunction = inngest.createFunction(
  {
    id: "social-refresh-account",
    concurrency: [
      { key: "event.data.accountId", limit: 1 },
      { limit: SOCIAL_REFRESH_CONCURRENCY },
    ],
    retries: 5,
    triggers: [socialAccountRefreshRequested],
  },
  async ({ event, step }) =>
    step.run("refresh-token", async () => {
      const { refreshSocialAccount } = await refreshAccount();
      return refreshSocialAccount(event.data.accountId);
    }),
);
