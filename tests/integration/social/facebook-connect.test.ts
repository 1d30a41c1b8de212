import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto";
import { completeFacebookCallback, confirmFacebookSelection, getPendingSelection } from "@/lib/social/facebook-callback";
import { startConnect } from "@/lib/social/start-connect";
import { facebookClient } from "@/lib/providers/app-clients";
import { answerSandboxConsent } from "../../../sandbox/providers/facebook/consent-flow";
import { createFacebookSandboxControl } from "../../../sandbox/providers/facebook/control-client";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { admin, ADMIN_USER_ID, callbackProblemOf, clearSocialDataBeforeEach, connectFacebook, createCompany, facebookSelection, later } from "./social-fixtures";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();
clearSocialDataBeforeEach();
const facebookControl = createFacebookSandboxControl(sandboxUrl);

const BAKERY_PAGE = "100000000000101";
const BOOKSHOP_PAGE = "100000000000103";
const BAKERY_INSTAGRAM = "17841400000000101";

describe("connecting Facebook Pages and their Instagram accounts", () => {
  it("lists every Page with its Instagram account (or none) and keeps only the ticked ones, tokens sealed", async () => {
    const company = await createCompany();
    const pendingSelectionId = await facebookSelection(company.id);
    const pending = await getPendingSelection(pendingSelectionId, ADMIN_USER_ID);

    expect(pending?.candidates.map((candidate) => [candidate.name, candidate.instagram?.username ?? null])).toEqual([
      ["Sunrise Bakery", "sunrise.bakery"],
      ["Harbor Fitness", "harborfitness"],
      ["Quiet Pages Bookshop", null],
    ]);
    expect(pending?.candidates[0]?.instagram).toMatchObject({ id: BAKERY_INSTAGRAM, followersCount: 12_840 });

    await confirmFacebookSelection({ pendingSelectionId, adminUserId: ADMIN_USER_ID, pageIds: [BAKERY_PAGE, BOOKSHOP_PAGE], instagramIds: [BAKERY_INSTAGRAM] });

    const accounts = await db.socialAccount.findMany({ where: { companyId: company.id }, orderBy: { name: "asc" } });
    expect(accounts.map((account) => [account.platform, account.externalId, account.status])).toEqual([
      ["FACEBOOK_PAGE", BOOKSHOP_PAGE, "CONNECTED"],
      ["FACEBOOK_PAGE", BAKERY_PAGE, "CONNECTED"],
      ["INSTAGRAM_FACEBOOK", BAKERY_INSTAGRAM, "CONNECTED"],
    ]);
    const instagram = accounts.find((account) => account.platform === "INSTAGRAM_FACEBOOK");
    expect(instagram).toMatchObject({ username: "sunrise.bakery", followersCount: 12_840, pageId: BAKERY_PAGE });
    // ~60 days, renewed 10 days before the end.
    expect(instagram?.tokenExpiresAt?.getTime()).toBeGreaterThan(later(59 * 24 * 3600 * 1000).getTime());
    for (const account of accounts) {
      expect(account.accessTokenSealed.startsWith("EAA")).toBe(false);
      expect(decryptSecret(account.accessTokenSealed).startsWith("EAA")).toBe(true);
      expect(account.userTokenSealed).not.toBeNull();
    }
    // The selection works once.
    await expect(
      confirmFacebookSelection({ pendingSelectionId, adminUserId: ADMIN_USER_ID, pageIds: [BAKERY_PAGE], instagramIds: [] }),
    ).rejects.toThrow(/expired or was already saved/);
  });

  it("follows Graph's paging past the first page of Pages", async () => {
    const pages = Array.from({ length: 105 }, (_, index) => ({ name: `Client Page ${index + 1}`, instagram: null }));
    await facebookControl.setPages({ pages });
    const company = await createCompany();

    const pending = await getPendingSelection(await facebookSelection(company.id), ADMIN_USER_ID);

    expect(pending?.candidates).toHaveLength(105);
    const listings = await control.requests({ provider: "facebook", path: "/graph/v21.0/me/accounts" });
    expect(listings.length).toBeGreaterThanOrEqual(2);
  });

  it("lists more than a thousand Pages: no fixed cap on the paging", async () => {
    const pages = Array.from({ length: 1_050 }, (_, index) => ({ name: `Franchise ${index + 1}`, instagram: null }));
    await facebookControl.setPages({ pages });
    const company = await createCompany();
    const authorizationUrl = await startConnect("FACEBOOK", company.id, admin);
    const callback = await answerSandboxConsent(authorizationUrl, { decision: "allow" });
    const client = facebookClient();
    const shortLived = await client.exchangeFacebookCode({ code: callback.searchParams.get("code") ?? "", redirectUri: "http://localhost:3000/oauth/facebook/callback" });
    const longLived = await client.exchangeForLongLivedToken(shortLived.accessToken);

    const listed = await client.listManagedPages(longLived.accessToken);

    expect(listed).toHaveLength(1_050);
    expect(new Set(listed.map((page) => page.id)).size).toBe(1_050);
  });

  it("connecting the same account again updates it instead of adding a second row", async () => {
    const company = await createCompany();
    const first = await connectFacebook(company.id);
    const again = await connectFacebook(company.id);

    expect(again.map((account) => account.id).sort()).toEqual(first.map((account) => account.id).sort());
    expect(again).toHaveLength(5);
  });

  it("says so when no Page was shared", async () => {
    const company = await createCompany();
    const authorizationUrl = await startConnect("FACEBOOK", company.id, admin);
    const callback = await answerSandboxConsent(authorizationUrl, { decision: "allow", pageIds: [] });

    expect(await callbackProblemOf(completeFacebookCallback({ params: callback.searchParams, sessionUserId: ADMIN_USER_ID }))).toBe("no_pages");
  });

  it("turns every broken callback into a named problem: denied, reused state, reused code, expired state, another session", async () => {
    const company = await createCompany();

    const denied = await answerSandboxConsent(await startConnect("FACEBOOK", company.id, admin), { decision: "deny" });
    expect(denied.searchParams.get("error")).toBe("access_denied");
    expect(await callbackProblemOf(completeFacebookCallback({ params: denied.searchParams, sessionUserId: ADMIN_USER_ID }))).toBe("denied");

    const allowed = await answerSandboxConsent(await startConnect("FACEBOOK", company.id, admin), { decision: "allow" });
    await completeFacebookCallback({ params: allowed.searchParams, sessionUserId: ADMIN_USER_ID });
    expect(await callbackProblemOf(completeFacebookCallback({ params: allowed.searchParams, sessionUserId: ADMIN_USER_ID }))).toBe("state_invalid");

    // The used code under a fresh, valid state: Facebook refuses it (codes are single-use).
    const fresh = new URL(await startConnect("FACEBOOK", company.id, admin));
    const replay = new URLSearchParams({ code: allowed.searchParams.get("code") ?? "", state: fresh.searchParams.get("state") ?? "" });
    expect(await callbackProblemOf(completeFacebookCallback({ params: replay, sessionUserId: ADMIN_USER_ID }))).toBe("code_rejected");

    const slow = await answerSandboxConsent(await startConnect("FACEBOOK", company.id, admin), { decision: "allow" });
    expect(
      await callbackProblemOf(completeFacebookCallback({ params: slow.searchParams, sessionUserId: ADMIN_USER_ID, now: later(11 * 60 * 1000) })),
    ).toBe("state_expired");

    const foreign = await answerSandboxConsent(await startConnect("FACEBOOK", company.id, admin), { decision: "allow" });
    expect(await callbackProblemOf(completeFacebookCallback({ params: foreign.searchParams, sessionUserId: "someone-else" }))).toBe(
      "session_mismatch",
    );
    expect(await callbackProblemOf(completeFacebookCallback({ params: new URLSearchParams({ code: "x" }), sessionUserId: ADMIN_USER_ID }))).toBe(
      "state_invalid",
    );
  });

  it("keeps the OAuth state out of the database: only its hash is stored", async () => {
    const company = await createCompany();
    const state = new URL(await startConnect("FACEBOOK", company.id, admin)).searchParams.get("state") ?? "";
    const stored = await db.socialOAuthState.findMany();
    expect(state.length).toBeGreaterThanOrEqual(43);
    expect(JSON.stringify(stored)).not.toContain(state);
    expect(stored[0]?.expiresAt.getTime()).toBeLessThanOrEqual(later(10 * 60 * 1000).getTime());
  });
});
