import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { companyCreated, passwordResetRequested } from "@/inngest/events";
import { inngestFunctions } from "@/inngest/functions";
import { notifyAdminOfOnboardingFunction } from "@/inngest/functions/notify-admin-of-onboarding";
import { purgeRateLimitBucketsFunction } from "@/inngest/functions/purge-rate-limit-buckets";
import { sendPasswordResetFunction } from "@/inngest/functions/send-password-reset";
import { scheduleStatusSyncFunction } from "@/inngest/functions/sync-open-orders";
import { registerSuperAdmin } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { registerFunctions } from "@/lib/workflows/runner/function-registry";
import { sandboxMailsTo } from "../../support/sandbox-mail";

const admin = { name: "Owner", email: "owner@functions.test", password: "blue canyon river 42" };

describe("the app's workflow functions", () => {
  it("all run on the embedded runner: no feature it cannot honour, no duplicate id", () => {
    const registry = registerFunctions(inngestFunctions);
    expect(registry.size).toBe(inngestFunctions.length);
    for (const registered of registry.values()) expect(registered.events.length + registered.crons.length).toBeGreaterThan(0);
  });

  it("send-password-reset issues one link per request and mails it; an unknown address gets nothing", async () => {
    await registerSuperAdmin(admin, "10.60.0.1");
    const request = { name: passwordResetRequested.name, data: { email: admin.email }, id: "reset-request-1" };
    const { result } = await new InngestTestEngine({ function: sendPasswordResetFunction, events: [request] }).execute();
    expect(result).toEqual({ outcome: "sent" });
    expect(await sandboxMailsTo(admin.email)).toHaveLength(1);
    expect(await db.passwordResetToken.count({ where: { requestId: "reset-request-1", sealedToken: null } })).toBe(1);

    const stranger = { name: passwordResetRequested.name, data: { email: "nobody@functions.test" }, id: "reset-request-2" };
    const { result: none } = await new InngestTestEngine({ function: sendPasswordResetFunction, events: [stranger] }).execute();
    expect(none).toEqual({ outcome: "no account uses this address" });
  });

  it("notify-admin-of-onboarding mails only for onboarding sign-ups", async () => {
    const consoleCompany = await db.company.create({ data: { name: "Made In Console" } });
    const { result } = await new InngestTestEngine({
      function: notifyAdminOfOnboardingFunction,
      events: [{ name: companyCreated.name, data: { companyId: consoleCompany.id } }],
    }).execute();
    expect(result).toBe("not an onboarding sign-up");

    const signedUp = await db.company.create({ data: { name: "Signed Up Ltd", source: "ONBOARDING" } });
    const { result: sent } = await new InngestTestEngine({
      function: notifyAdminOfOnboardingFunction,
      events: [{ name: companyCreated.name, data: { companyId: signedUp.id } }],
    }).execute();
    expect(sent).toBe("sent");
    expect((await sandboxMailsTo(admin.email)).some((mail) => mail.subject.includes("Signed Up Ltd"))).toBe(true);
  });

  it("schedule-status-sync starts one sync per tick and joins a running one", async () => {
    const tick = { name: "inngest/scheduled.timer", data: { cron: "*/5 * * * *" }, id: "cron-tick-a" };
    const { result: first } = await new InngestTestEngine({ function: scheduleStatusSyncFunction, events: [tick] }).execute();
    const { result: again } = await new InngestTestEngine({ function: scheduleStatusSyncFunction, events: [{ ...tick, id: "cron-tick-b" }] }).execute();
    expect(again).toEqual(first);
    expect(await db.statusSync.count()).toBe(1);
    expect(await db.outboxEvent.count({ where: { name: "orders/status-sync.requested" } })).toBe(1);
  });

  it("purge-rate-limit-buckets forgets ended windows only", async () => {
    await db.rateLimitBucket.deleteMany();
    await db.rateLimitBucket.createMany({
      data: [
        { key: "ended", hits: 3, resetAt: new Date(Date.now() - 60_000) },
        { key: "current", hits: 1, resetAt: new Date(Date.now() + 60_000) },
      ],
    });
    const { result } = await new InngestTestEngine({ function: purgeRateLimitBucketsFunction }).execute();
    expect(result).toEqual({ buckets: 1, sessions: 0 });
    expect((await db.rateLimitBucket.findMany()).map((bucket) => bucket.key)).toEqual(["current"]);
  });
});
