import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto";
import { completeInstagramCallback } from "@/lib/social/instagram-callback";
import { refreshSocialAccount } from "@/lib/social/refresh-account";
import { enqueueDueRefreshes } from "@/lib/social/scheduled-checks";
import { startConnect } from "@/lib/social/start-connect";
import { validateSocialAccount } from "@/lib/social/validate-account";
import { answerSandboxConsent } from "../../../sandbox/providers/facebook/consent-flow";
import { createFacebookSandboxControl } from "../../../sandbox/providers/facebook/control-client";
import { createInstagramSandboxControl } from "../../../sandbox/providers/instagram/control-client";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import {
  admin,
  ADMIN_USER_ID,
  callbackProblemOf,
  clearSocialDataBeforeEach,
  connectFacebook,
  connectInstagram,
  createCompany,
  DAY_MS,
  HOUR_MS,
  later,
} from "./social-fixtures";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();
clearSocialDataBeforeEach();
const facebookControl = createFacebookSandboxControl(sandboxUrl);
const instagramControl = createInstagramSandboxControl(sandboxUrl);

describe("Instagram Login accounts", () => {
  it("keeps every digit of the account id Instagram sends as a bare JSON number beyond 2^53", async () => {
    const company = await createCompany();
    const account = await connectInstagram(company.id);

    expect(account).toMatchObject({ platform: "INSTAGRAM_LOGIN", externalId: "17841400000000901", username: "lumen.studio", followersCount: 8_412 });
    const [exchange] = await control.requests({ provider: "instagram", path: "/api/oauth/access_token" });
    expect(exchange).toBeDefined();
  });

  it("refuses a personal account with the 'wrong account type' problem", async () => {
    await instagramControl.setAccount({ username: "just.me", accountType: "PERSONAL" });
    const company = await createCompany();
    const callback = await answerSandboxConsent(await startConnect("INSTAGRAM", company.id, admin), { decision: "allow" });

    expect(await callbackProblemOf(completeInstagramCallback({ params: callback.searchParams, sessionUserId: ADMIN_USER_ID }))).toBe(
      "wrong_account_type",
    );
    expect(await db.socialAccount.count()).toBe(0);
  });

  it("refreshes only tokens at least 24 hours old with less than 10 days left", async () => {
    const company = await createCompany();
    const account = await connectInstagram(company.id);

    // A day-old token with 59 days left: not due; "Refresh now" on a fresh token is not even sent.
    expect(await enqueueDueRefreshes(later(DAY_MS + HOUR_MS))).toEqual({ enqueued: 0 });
    expect(await refreshSocialAccount(account.id, { force: true, now: later(HOUR_MS) })).toEqual({ result: "too_young" });
    expect(await control.requests({ provider: "instagram", path: "/graph/refresh_access_token" })).toHaveLength(0);

    // 51 days on, 9 days left: due, and Instagram (whose clock moved too) renews it for 60 days.
    await control.advanceClock(51 * 24 * 3600);
    const fiftyOneDays = later(51 * DAY_MS);
    expect(await enqueueDueRefreshes(fiftyOneDays)).toEqual({ enqueued: 1 });
    expect((await refreshSocialAccount(account.id, { now: fiftyOneDays })).result).toBe("refreshed");
    const refreshed = await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(refreshed.tokenExpiresAt?.getTime()).toBeGreaterThan(later(59 * DAY_MS, fiftyOneDays).getTime());
    expect(decryptSecret(refreshed.accessTokenSealed)).not.toBe(decryptSecret(account.accessTokenSealed));
    expect(refreshed.refreshDueAt?.getTime()).toBeGreaterThan(later(49 * DAY_MS, fiftyOneDays).getTime());
  });
});

describe("Facebook Pages and Instagram via Facebook", () => {
  it("re-exchanges the long-lived user token when less than 10 days are left", async () => {
    const company = await createCompany();
    const [page] = await connectFacebook(company.id);
    if (page === undefined) throw new Error("no account");

    expect(await refreshSocialAccount(page.id, { now: later(40 * DAY_MS) })).toEqual({ result: "not_due" });
    await control.advanceClock(51 * 24 * 3600);
    expect((await refreshSocialAccount(page.id, { now: later(51 * DAY_MS) })).result).toBe("refreshed");

    const refreshed = await db.socialAccount.findUniqueOrThrow({ where: { id: page.id } });
    expect(decryptSecret(refreshed.userTokenSealed ?? "")).not.toBe(decryptSecret(page.userTokenSealed ?? ""));
    expect(refreshed.accessTokenSealed).toBe(page.accessTokenSealed);
    expect(refreshed).toMatchObject({ refreshCount: 1, status: "CONNECTED" });
    expect((await validateSocialAccount(page.id)).result).toBe("valid");
  });

  it("validation catches a revoked token: needs reconnect, one alert, credentials kept", async () => {
    const company = await createCompany();
    const accounts = await connectFacebook(company.id);
    const instagram = accounts.find((account) => account.platform === "INSTAGRAM_FACEBOOK");
    if (instagram === undefined) throw new Error("no Instagram account");
    const userTokens = (await facebookControl.tokens()).filter((token) => token.kind === "short_lived_user");
    for (const token of userTokens) await facebookControl.revoke({ tokenId: token.id, reason: "password_changed" });

    const outcome = await validateSocialAccount(instagram.id);

    expect(outcome.result).toBe("needs_reconnect");
    const stored = await db.socialAccount.findUniqueOrThrow({ where: { id: instagram.id } });
    expect(stored).toMatchObject({ status: "NEEDS_RECONNECT", accessTokenSealed: instagram.accessTokenSealed });
    expect(stored.lastError).toMatch(/password/);
    expect(await db.alert.count({ where: { kind: "social.needs_reconnect", subjectKey: instagram.id, resolvedAt: null } })).toBe(1);
    expect((await refreshSocialAccount(instagram.id, { force: true })).result).toBe("needs_reconnect");
    expect(await db.alert.count({ where: { kind: "social.needs_reconnect" } })).toBe(1);
  });

  it("transient Graph failures are retried and leave the account connected", async () => {
    const company = await createCompany();
    const [page] = await connectFacebook(company.id);
    if (page === undefined) throw new Error("no account");
    await control.injectFault({ provider: "facebook", method: "GET", path: "/graph/v21.0/debug_token", mode: "http_500", count: 2 });

    expect((await validateSocialAccount(page.id)).result).toBe("valid");

    expect(await db.socialAccount.findUniqueOrThrow({ where: { id: page.id } })).toMatchObject({ status: "CONNECTED", lastError: null });
    const attempts = await control.requests({ provider: "facebook", path: "/graph/v21.0/debug_token" });
    expect(attempts.slice(-3).map((attempt) => attempt.faultInjected)).toEqual(["http_500", "http_500", null]);
  });
});
