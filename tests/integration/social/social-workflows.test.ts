import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { socialDailyCheckFunction } from "@/inngest/functions/social-daily-check";
import { socialProcessWebhookFunction } from "@/inngest/functions/social-process-webhook";
import { socialRefreshAccountFunction, socialRefreshFanOutFunction } from "@/inngest/functions/social-refresh";
import { db } from "@/lib/db";
import { storeWebhookEvent } from "@/lib/social/webhooks/store-webhook";
import { createTikTokSandboxControl } from "../../../sandbox/providers/tiktok/control-client";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { clearSocialDataBeforeEach, connectTikTok, createCompany, HOUR_MS, later } from "./social-fixtures";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();
clearSocialDataBeforeEach();
const tiktokControl = createTikTokSandboxControl(sandboxUrl);

describe("social workflows", () => {
  it("the refresh cron fans out one event per due account, with ids stable for the tick", async () => {
    const company = await createCompany();
    const due = await connectTikTok(company.id);
    await connectTikTok((await createCompany({ name: "Other" })).id, "-000sandboxCreatorRio");
    // Only the first account is due at the tick.
    await db.socialAccount.update({ where: { id: due.id }, data: { refreshDueAt: later(-HOUR_MS) } });
    const tick = new Date();

    const { result } = await new InngestTestEngine({ function: socialRefreshFanOutFunction }).execute({
      events: [{ name: "inngest/scheduled.timer", data: {}, ts: tick.getTime() }],
    });

    expect(result).toEqual({ enqueued: 1 });
    const events = await db.outboxEvent.findMany({ where: { name: "social/account.refresh-requested" } });
    expect(events.map((event) => [event.id, event.data])).toEqual([[`social-refresh:${due.id}:${tick.toISOString()}`, { accountId: due.id }]]);
  });

  it("the per-account refresh declares per-account concurrency and renews the token", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    await db.socialAccount.update({ where: { id: account.id }, data: { refreshDueAt: later(-HOUR_MS) } });

    const { result } = await new InngestTestEngine({ function: socialRefreshAccountFunction }).execute({
      events: [{ name: "social/account.refresh-requested", data: { accountId: account.id } }],
    });

    expect(result).toMatchObject({ result: "refreshed" });
    expect(await tiktokControl.counters()).toMatchObject({ refreshGrants: 1 });
    expect(socialRefreshAccountFunction.opts.concurrency).toEqual([{ key: "event.data.accountId", limit: 1 }, { limit: 25 }]);
  });

  it("a transient failure fails the step so the engine retries it; the account stays connected", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    await db.socialAccount.update({ where: { id: account.id }, data: { refreshDueAt: later(-HOUR_MS) } });
    // A rate limit is transient and the refresh surely did not run (a 5xx might have: see tiktok-refresh.test.ts).
    await control.injectFault({ provider: "tiktok", method: "POST", path: "/api/v2/oauth/token/", mode: "rate_limit", count: 1 });

    const { error } = await new InngestTestEngine({ function: socialRefreshAccountFunction }).execute({
      events: [{ name: "social/account.refresh-requested", data: { accountId: account.id } }],
    });

    expect(error).toBeDefined();
    expect((await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("CONNECTED");
  });

  it("the daily check validates, and records today's followers", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);

    const { result } = await new InngestTestEngine({ function: socialDailyCheckFunction }).execute({
      events: [{ name: "social/account.daily-check-requested", data: { accountId: account.id } }],
    });

    expect(result).toEqual({ validation: "valid", expiring: false, followersRecorded: true });
    expect(await db.socialFollowerSnapshot.findMany({ select: { followersCount: true } })).toEqual([{ followersCount: 128_430 }]);
  });

  it("the webhook processor applies a stored TikTok deauthorization", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    const stored = await storeWebhookEvent({
      provider: "TIKTOK",
      kind: "authorization.removed",
      dedupeKey: "tiktok:test-delivery",
      payload: { event: "authorization.removed", user_openid: account.externalId },
    });

    const { result } = await new InngestTestEngine({ function: socialProcessWebhookFunction }).execute({
      events: [{ name: "social/webhook.received", data: { webhookEventId: stored.id } }],
    });

    expect(result).toEqual({ status: "PROCESSED", accountsAffected: 1 });
    expect(await db.socialWebhookEvent.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "PROCESSED", accountsAffected: 1 });
  });
});
