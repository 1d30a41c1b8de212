import { beforeEach, describe, expect, it } from "vitest";
import { checkAlertConditions, createAutomation } from "@/lib/automations";
import { db } from "@/lib/db";
import { createDestination } from "@/lib/destinations";
import { getAgencyToken, refreshAgencyToken } from "@/lib/ghl/token-manager";
import type { SocialPlatform } from "@/lib/generated/prisma/client";
import { connectSandboxAgency, expireStoredToken, setUpGhlTests } from "../ghl/ghl-fixtures";

const { control } = setUpGhlTests();

const DAY = 86_400_000;
const openAlerts = (kind: string) => db.alert.findMany({ where: { kind, openKey: { not: null } } });

describe("a GoHighLevel token that cannot be refreshed", () => {
  beforeEach(async () => {
    await connectSandboxAgency();
  });

  it("opens one episode once it has expired unrefreshed, and closes it when a refresh works", async () => {
    expect((await checkAlertConditions()).opened).toEqual([]);
    await expireStoredToken();
    await control.injectFault({ provider: "ghl", method: "POST", path: "/api/oauth/token", mode: "http_500" });
    await expect(getAgencyToken()).rejects.toThrow();

    await checkAlertConditions();
    await checkAlertConditions();
    const [alert, ...more] = await openAlerts("ghl.token_expiring");
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ severity: "CRITICAL", title: "The GoHighLevel token has expired and could not be refreshed", href: "/integrations/ghl" });
    expect(alert!.message).toContain("Last error:");
    expect(alert!.message).not.toMatch(/sbx-ghl-|Bearer/);

    await refreshAgencyToken({ mode: "manual" });
    expect((await checkAlertConditions()).resolved).toBeGreaterThanOrEqual(1);
    expect(await openAlerts("ghl.token_expiring")).toEqual([]);
  });
});

describe("social tokens ending soon", () => {
  let companyId: string;
  let accountNumber = 0;

  beforeEach(async () => {
    await db.socialAccount.deleteMany();
    await db.automation.deleteMany();
    companyId = (await db.company.create({ data: { name: `Social ${accountNumber}` } })).id;
  });

  async function account(platform: SocialPlatform, ends: { tokenExpiresAt?: Date | null; refreshTokenExpiresAt?: Date | null }) {
    accountNumber += 1;
    return db.socialAccount.create({
      data: { companyId, platform, externalId: `ext-${accountNumber}`, name: `Account ${accountNumber}`, accessTokenSealed: "sealed", tokenIssuedAt: new Date(), scopes: [], ...ends },
    });
  }

  it("warn 3 days ahead by default, and as early as an alert automation asks", async () => {
    const now = new Date();
    const inFiveDays = await account("INSTAGRAM_LOGIN", { tokenExpiresAt: new Date(now.getTime() + 5 * DAY) });
    const tiktok = await account("TIKTOK", { tokenExpiresAt: new Date(now.getTime() + 3_600_000), refreshTokenExpiresAt: new Date(now.getTime() + 2 * DAY) });
    await account("INSTAGRAM_LOGIN", { tokenExpiresAt: new Date(now.getTime() + 20 * DAY) });
    await account("FACEBOOK_PAGE", { tokenExpiresAt: null });

    await checkAlertConditions(now);
    expect((await openAlerts("social.token_expiring")).map((alert) => alert.subjectKey)).toEqual([tiktok.id]);

    const { destination } = await createDestination({ type: "TELEGRAM", name: "Tokens", telegramChatId: "777" });
    await createAutomation({ name: "Tokens", type: "ALERT", config: { kinds: ["social.token_expiring"], stuckAfterHours: 24, tokenExpiringDays: 7 }, companyId: null, destinationId: destination.id, cron: "0 9 * * *" });
    const check = await checkAlertConditions(now);
    const opened = await openAlerts("social.token_expiring");
    expect(opened.map((alert) => alert.subjectKey).sort()).toEqual([inFiveDays.id, tiktok.id].sort());
    expect(check.opened).toEqual([opened.find((alert) => alert.subjectKey === inFiveDays.id)!.id]);
    expect((await checkAlertConditions(now)).opened).toEqual([]);
  });
});
