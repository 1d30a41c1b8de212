import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto";
import { RetryableSocialError } from "@/lib/social/credential-failures";
import { disconnectSocialAccount } from "@/lib/social/disconnect-account";
import { refreshSocialAccount } from "@/lib/social/refresh-account";
import { enqueueDueRefreshes } from "@/lib/social/scheduled-checks";
import { startConnect } from "@/lib/social/start-connect";
import { completeTikTokCallback } from "@/lib/social/tiktok-callback";
import { validateSocialAccount } from "@/lib/social/validate-account";
import { denySandboxConsent } from "../../../sandbox/providers/tiktok/consent-flow";
import { createTikTokSandboxControl } from "../../../sandbox/providers/tiktok/control-client";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { admin, ADMIN_USER_ID, callbackProblemOf, clearSocialDataBeforeEach, connectTikTok, createCompany, HOUR_MS, later } from "./social-fixtures";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();
clearSocialDataBeforeEach();
const tiktokControl = createTikTokSandboxControl(sandboxUrl);

const NOVA = "-000sandboxCreatorNova";

describe("TikTok accounts", () => {
  it("connects with PKCE and stores the profile, the access token and the refresh token sealed", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);

    expect(account).toMatchObject({ platform: "TIKTOK", externalId: NOVA, name: "Nova Bakes", followersCount: 128_430, status: "CONNECTED" });
    expect(decryptSecret(account.refreshTokenSealed ?? "")).toMatch(/^rft\./);
    expect(account.refreshTokenSealed).not.toMatch(/^rft\./);
    // Due 2 hours before the 24-hour access token ends.
    expect(account.refreshDueAt?.getTime()).toBe((account.tokenExpiresAt?.getTime() ?? 0) - 2 * HOUR_MS);
    const [authorize] = await control.requests({ provider: "tiktok", path: "/token*" });
    expect(authorize).toBeUndefined();
  });

  it("a cancelled consent lands on the 'denied' problem", async () => {
    const company = await createCompany();
    const callback = await denySandboxConsent(await startConnect("TIKTOK", company.id, admin));
    expect(await callbackProblemOf(completeTikTokCallback({ params: callback.searchParams, sessionUserId: ADMIN_USER_ID }))).toBe("denied");
  });

  it("stores the rotated refresh token on every refresh, so the next refresh works", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    const firstRefreshToken = decryptSecret(account.refreshTokenSealed ?? "");

    const dueTime = later(23 * HOUR_MS);
    expect(await refreshSocialAccount(account.id, { now: later(HOUR_MS) })).toEqual({ result: "not_due" });
    expect((await refreshSocialAccount(account.id, { now: dueTime })).result).toBe("refreshed");
    const afterFirst = await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } });
    const secondRefreshToken = decryptSecret(afterFirst.refreshTokenSealed ?? "");
    expect(secondRefreshToken).not.toBe(firstRefreshToken);
    expect(afterFirst).toMatchObject({ refreshCount: 1, status: "CONNECTED", lastError: null });

    expect((await refreshSocialAccount(account.id, { now: later(47 * HOUR_MS) })).result).toBe("refreshed");
    const tokens = await tiktokControl.tokens({ openId: NOVA });
    expect(tokens.filter((token) => token.kind === "refresh").map((token) => token.status)).toEqual(["rotated", "rotated", "live"]);
    expect(await tiktokControl.counters()).toEqual({ refreshGrants: 2, rotatedRefreshTokenReuses: 0 });
  });

  it("refreshes at once: one runs, the others wait their turn or find it done, and the rotated token is never reused", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    // Due now, in real time: after the one refresh, the next due date is a day away for all three.
    await db.socialAccount.update({ where: { id: account.id }, data: { refreshDueAt: later(-HOUR_MS) } });

    const outcomes = await Promise.all([1, 2, 3].map(() => refreshSocialAccount(account.id)));

    const results = outcomes.map((outcome) => outcome.result);
    expect(results.filter((result) => result === "refreshed")).toHaveLength(1);
    expect(results.every((result) => ["refreshed", "busy", "not_due"].includes(result))).toBe(true);
    expect(await tiktokControl.counters()).toEqual({ refreshGrants: 1, rotatedRefreshTokenReuses: 0 });
    expect((await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).leaseId).toBeNull();
  });

  it("a rate limit is retried by the workflow and never disconnects: still connected once TikTok answers", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    await control.injectFault({ provider: "tiktok", method: "POST", path: "/api/v2/oauth/token/", mode: "rate_limit", count: 1 });

    await expect(refreshSocialAccount(account.id, { force: true })).rejects.toBeInstanceOf(RetryableSocialError);
    const during = await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(during).toMatchObject({ status: "CONNECTED", refreshCount: 0 });
    expect(during.lastError).not.toBeNull();
    expect(during.refreshTokenSealed).toBe(account.refreshTokenSealed);

    expect((await refreshSocialAccount(account.id, { force: true })).result).toBe("refreshed");
    expect(await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "CONNECTED", lastError: null, refreshCount: 1 });
  });

  it("a 5xx may have rotated the token: not resent blindly, still connected, and the next attempt uses the stored token once", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    await control.injectFault({ provider: "tiktok", method: "POST", path: "/api/v2/oauth/token/", mode: "http_500", count: 1 });
    const tokenCalls = async () => (await control.requests({ provider: "tiktok", path: "/api/v2/oauth/token/" })).length;
    const before = await tokenCalls();

    const outcome = await refreshSocialAccount(account.id, { force: true });
    expect(outcome.result).toBe("failed");
    expect((await tokenCalls()) - before).toBe(1);
    const during = await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(during).toMatchObject({ status: "CONNECTED", refreshCount: 0 });
    expect(during.lastError).toMatch(/internal_error/);

    expect((await refreshSocialAccount(account.id, { force: true })).result).toBe("refreshed");
    expect(await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "CONNECTED", lastError: null, refreshCount: 1 });
  });

  it("a revoked authorization marks the account 'needs reconnect', keeps its credentials and opens one alert", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);
    await tiktokControl.revoke({ openId: NOVA });

    const outcome = await refreshSocialAccount(account.id, { force: true });
    expect(outcome.result).toBe("needs_reconnect");
    const stored = await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored).toMatchObject({ status: "NEEDS_RECONNECT", accessTokenSealed: account.accessTokenSealed, refreshTokenSealed: account.refreshTokenSealed });
    expect(stored.lastError).toMatch(/invalid_grant/);

    expect((await validateSocialAccount(account.id)).result).toBe("needs_reconnect");
    const alerts = await db.alert.findMany({ where: { kind: "social.needs_reconnect", subjectKey: account.id } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ severity: "CRITICAL", companyId: company.id, resolvedAt: null });
    // Not refreshed by the schedule while it needs a person.
    expect(await enqueueDueRefreshes(later(30 * HOUR_MS))).toEqual({ enqueued: 0 });

    // Connecting it again ends the alert.
    await connectTikTok(company.id);
    expect(await db.alert.findFirstOrThrow({ where: { subjectKey: account.id } })).toMatchObject({ openKey: null });
    expect((await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("CONNECTED");
  });

  it("disconnecting revokes the authorization at TikTok", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);

    expect(await disconnectSocialAccount(account.id)).toEqual({ revokedAtProvider: true, note: null });

    expect((await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("DISCONNECTED");
    expect((await tiktokControl.tokens({ openId: NOVA })).every((token) => token.status === "revoked")).toBe(true);
  });

  it("the fan-out enqueues one refresh per due account, once per tick", async () => {
    const company = await createCompany();
    const nova = await connectTikTok(company.id);
    const rio = await connectTikTok(company.id, "-000sandboxCreatorRio");
    const tick = later(23 * HOUR_MS);

    expect(await enqueueDueRefreshes(tick)).toEqual({ enqueued: 2 });
    expect(await enqueueDueRefreshes(tick)).toEqual({ enqueued: 2 });

    const events = await db.outboxEvent.findMany({ where: { name: "social/account.refresh-requested" } });
    expect(events.map((event) => (event.data as { accountId: string }).accountId).sort()).toEqual([nova.id, rio.id].sort());
  });
});
