import { describe, expect, it } from "vitest";
import { createFacebookClient, facebookConfigFromEnv, type FacebookClient, type FacebookPage } from "@/lib/providers/facebook";
import { appSecretProof } from "@/lib/providers/facebook/appsecret-proof";
import { answerSandboxConsent } from "../../../sandbox/providers/facebook/consent-flow";
import { createFacebookSandboxControl } from "../../../sandbox/providers/facebook/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const REDIRECT_URI = "http://localhost:3000/oauth/facebook/callback";
const SCOPES = ["pages_show_list", "pages_read_engagement", "instagram_basic"];
const DAY_SECONDS = 24 * 3600;
const LONG_LIVED_SECONDS = 5_183_944;
const BAKERY_PAGE_ID = "100000000000101";
const BOOKSHOP_PAGE_ID = "100000000000103";
const BAKERY_INSTAGRAM_ID = "17841400000000101";

const { sandboxUrl, control, sandboxEnv, records, clientDependencies, rememberSecrets, providerErrorOf } = setUpProviderContract();
const facebookControl = createFacebookSandboxControl(sandboxUrl);

/** The client exactly as the app configures it against the sandbox (scripts/lib/sandbox-env.ts). */
function facebookClient(): FacebookClient {
  const config = facebookConfigFromEnv(sandboxEnv());
  rememberSecrets(config.appSecret);
  return createFacebookClient(config, clientDependencies);
}

/** A token and the appsecret_proof derived from it are both credentials. */
function rememberToken(token: string): string {
  rememberSecrets(token, appSecretProof(token, "sandbox-facebook-app-secret"));
  return token;
}

async function authorizationCode(facebook: FacebookClient, pageIds?: readonly string[]): Promise<string> {
  const authorizationUrl = facebook.buildFacebookAuthorizationUrl({ state: "state-1", redirectUri: REDIRECT_URI, scopes: SCOPES });
  const callback = await answerSandboxConsent(authorizationUrl, { decision: "allow", pageIds });
  const code = callback.searchParams.get("code");
  if (code === null) throw new Error(`the callback carries no code: ${callback.toString()}`);
  rememberSecrets(code);
  return code;
}

/** Consent, code exchange and long-lived exchange: the user token the app stores. */
async function connect(facebook: FacebookClient, pageIds?: readonly string[]): Promise<{ shortLived: string; longLived: string }> {
  const code = await authorizationCode(facebook, pageIds);
  const shortLived = rememberToken((await facebook.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI })).accessToken);
  const longLived = rememberToken((await facebook.exchangeForLongLivedToken(shortLived)).accessToken);
  return { shortLived, longLived };
}

async function listPages(facebook: FacebookClient, userToken: string): Promise<FacebookPage[]> {
  const pages = await facebook.listManagedPages(userToken);
  for (const page of pages) rememberToken(page.accessToken);
  return pages;
}

function pageById(pages: readonly FacebookPage[], id: string): FacebookPage {
  const page = pages.find((candidate) => candidate.id === id);
  if (page === undefined) throw new Error(`page ${id} not listed`);
  return page;
}

async function sandboxNowMs(): Promise<number> {
  return Date.parse((await control.clock()).now);
}

const tokenExchangeRequests = () => control.requests({ provider: "facebook", path: "/graph/v21.0/oauth/access_token" });

describe("Facebook Login against the sandbox", () => {
  it("connects Pages end to end: consent page, code, short- and long-lived tokens, Pages and their Instagram accounts", async () => {
    const facebook = facebookClient();
    const authorizationUrl = facebook.buildFacebookAuthorizationUrl({ state: "state-abc", redirectUri: REDIRECT_URI, scopes: SCOPES });
    const dialog = new URL(authorizationUrl);
    expect(`${dialog.origin}${dialog.pathname}`).toBe(`${sandboxUrl}/facebook/www/v21.0/dialog/oauth`);
    expect(Object.fromEntries(dialog.searchParams)).toEqual({
      client_id: "100000000000001",
      redirect_uri: REDIRECT_URI,
      state: "state-abc",
      scope: SCOPES.join(","),
      response_type: "code",
    });

    const callback = await answerSandboxConsent(authorizationUrl, { decision: "allow", pageIds: [BAKERY_PAGE_ID, BOOKSHOP_PAGE_ID] });
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe("state-abc");
    const code = callback.searchParams.get("code") ?? "";
    rememberSecrets(code);

    const shortLived = await facebook.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI });
    rememberToken(shortLived.accessToken);
    expect(shortLived.expiresInSeconds).toBe(5_183);
    const longLived = await facebook.exchangeForLongLivedToken(shortLived.accessToken);
    rememberToken(longLived.accessToken);
    expect(longLived.expiresInSeconds).toBe(LONG_LIVED_SECONDS);
    expect(longLived.accessToken).not.toBe(shortLived.accessToken);

    const pages = await listPages(facebook, longLived.accessToken);
    expect(pages.map((page) => page.name)).toEqual(["Sunrise Bakery", "Quiet Pages Bookshop"]);
    expect(pages[0]?.tasks).toContain("MANAGE");

    const bakery = pageById(pages, BAKERY_PAGE_ID);
    const bookshop = pageById(pages, BOOKSHOP_PAGE_ID);
    expect(await facebook.getInstagramBusinessAccount(bakery.id, bakery.accessToken)).toBe(BAKERY_INSTAGRAM_ID);
    expect(await facebook.getInstagramBusinessAccount(bookshop.id, bookshop.accessToken)).toBeNull();

    const profile = await facebook.getInstagramProfile(BAKERY_INSTAGRAM_ID, bakery.accessToken);
    expect(profile).toMatchObject({ id: BAKERY_INSTAGRAM_ID, username: "sunrise.bakery", name: "Sunrise Bakery", followersCount: 12_840 });
    expect(profile.profilePictureUrl).toMatch(/^data:image\/svg\+xml,/);
  });

  it("sends the user back with access_denied when they cancel", async () => {
    const facebook = facebookClient();
    const authorizationUrl = facebook.buildFacebookAuthorizationUrl({ state: "state-x", redirectUri: REDIRECT_URI, scopes: SCOPES });
    const callback = await answerSandboxConsent(authorizationUrl, { decision: "deny" });
    expect(Object.fromEntries(callback.searchParams)).toMatchObject({
      error: "access_denied",
      error_reason: "user_denied",
      state: "state-x",
    });
    expect(callback.searchParams.has("code")).toBe(false);
  });

  it("lists only the Pages ticked in the dialog and never shows another Page to their tokens", async () => {
    const facebook = facebookClient();
    const { longLived } = await connect(facebook, [BOOKSHOP_PAGE_ID]);
    const pages = await listPages(facebook, longLived);
    expect(pages.map((page) => page.id)).toEqual([BOOKSHOP_PAGE_ID]);

    const hidden = await providerErrorOf(facebook.getInstagramBusinessAccount(BAKERY_PAGE_ID, pageById(pages, BOOKSHOP_PAGE_ID).accessToken));
    expect(hidden).toMatchObject({ kind: "invalid_request", providerCode: "100/33", httpStatus: 400 });
  });

  it("follows paging.next until every Page is listed", async () => {
    const facebook = facebookClient();
    const many = Array.from({ length: 150 }, (_, index) => ({
      name: `Client page ${index + 1}`,
      instagram: index % 2 === 0 ? { username: `client_${index + 1}` } : null,
    }));
    await facebookControl.setPages({ pages: many });
    const { longLived } = await connect(facebook);

    const pages = await listPages(facebook, longLived);
    expect(pages).toHaveLength(150);
    expect(new Set(pages.map((page) => page.id)).size).toBe(150);
    expect(pages.at(-1)?.name).toBe("Client page 150");

    const listings = await control.requests({ provider: "facebook", path: "/graph/v21.0/me/accounts" });
    expect(listings).toHaveLength(2);
    expect(listings[1]?.query).toMatchObject({ after: expect.any(String), access_token: "[REDACTED]" });
  });
});

describe("Facebook authorization codes", () => {
  it("accepts a code once, and only reaches Graph once per exchange", async () => {
    const facebook = facebookClient();
    const code = await authorizationCode(facebook);
    rememberToken((await facebook.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI })).accessToken);

    const reused = await providerErrorOf(facebook.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI }));
    expect(reused).toMatchObject({ kind: "invalid_request", providerCode: "100/36009", httpStatus: 400 });
    expect(reused.message).toContain("This authorization code has been used.");
    expect(await tokenExchangeRequests()).toHaveLength(2);
  });

  it("refuses a code for another redirect URI or after ten minutes", async () => {
    const facebook = facebookClient();
    const elsewhere = await providerErrorOf(
      facebook.exchangeFacebookCode({ code: await authorizationCode(facebook), redirectUri: "http://localhost:3000/elsewhere" }),
    );
    expect(elsewhere).toMatchObject({ kind: "invalid_request", providerCode: "100/36008" });

    const code = await authorizationCode(facebook);
    await control.advanceClock(601);
    const expired = await providerErrorOf(facebook.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI }));
    expect(expired).toMatchObject({ kind: "invalid_request", providerCode: "100/36007" });
    expect(expired.message).toContain("expired");
  });

  it("reports a wrong app secret as a configuration problem, not a temporary one", async () => {
    const wrongSecret = "not-the-sandbox-secret";
    rememberSecrets(wrongSecret);
    const misconfigured = createFacebookClient({ ...facebookConfigFromEnv(sandboxEnv()), appSecret: wrongSecret }, clientDependencies);
    const code = await authorizationCode(misconfigured);

    const error = await providerErrorOf(misconfigured.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI }));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "1", retryable: false });
    expect(error.message).toContain("Error validating client secret.");
    expect(records).toHaveLength(1);
    expect(records[0]?.url).toContain("client_secret=[REDACTED]");
    expect(records[0]?.url).toContain("code=[REDACTED]");
  });
});

describe("Facebook token lifetime", () => {
  it("describes tokens with debug_token: user tokens expire in 60 days, Page tokens never", async () => {
    const facebook = facebookClient();
    const { longLived } = await connect(facebook);
    const nowMs = await sandboxNowMs();

    const user = await facebook.debugToken(longLived);
    expect(user).toMatchObject({
      isValid: true,
      type: "USER",
      scopes: SCOPES,
      userId: "10000000000000042",
      appId: "100000000000001",
      invalidReason: null,
    });
    expect(Math.abs((user.expiresAt?.getTime() ?? 0) - (nowMs + LONG_LIVED_SECONDS * 1000))).toBeLessThan(5_000);
    expect(user.dataAccessExpiresAt?.getTime()).toBeGreaterThan(nowMs + 89 * DAY_SECONDS * 1000);

    const [page] = await listPages(facebook, longLived);
    const pageInfo = await facebook.debugToken(page?.accessToken ?? "");
    expect(pageInfo).toMatchObject({ isValid: true, type: "PAGE", expiresAt: null });

    const unknown = "EAAnot-a-real-token";
    rememberSecrets(unknown);
    expect(await facebook.debugToken(unknown)).toMatchObject({ isValid: false, invalidReason: "the access token is invalid" });
    const debugCall = records.find((record) => record.action === "debug_token");
    expect(debugCall?.url).toContain("input_token=[REDACTED]");
    expect(debugCall?.url).toContain("access_token=[REDACTED]");
  });

  it("fails with auth 190/463 once the user token is past its expiry on the sandbox clock; Page tokens keep working", async () => {
    const facebook = facebookClient();
    const { shortLived, longLived } = await connect(facebook);
    const bakery = pageById(await listPages(facebook, longLived), BAKERY_PAGE_ID);

    await control.advanceClock(2 * 3600);
    const shortExpired = await providerErrorOf(facebook.exchangeForLongLivedToken(shortLived));
    expect(shortExpired).toMatchObject({ kind: "auth", providerCode: "190/463", httpStatus: 400 });

    await control.advanceClock(61 * DAY_SECONDS);
    const longExpired = await providerErrorOf(facebook.listManagedPages(longLived));
    expect(longExpired).toMatchObject({ kind: "auth", providerCode: "190/463", retryable: false });
    expect(longExpired.message).toContain("Facebook must be reconnected: the access token expired");
    expect(await facebook.debugToken(longLived)).toMatchObject({ isValid: false, invalidReason: "the access token expired" });

    expect(await facebook.getInstagramBusinessAccount(bakery.id, bakery.accessToken)).toBe(BAKERY_INSTAGRAM_ID);
  });

  it("refreshes by exchanging a still-valid long-lived token again for a new 60 days", async () => {
    const facebook = facebookClient();
    const { longLived } = await connect(facebook);
    const firstExpiry = (await facebook.debugToken(longLived)).expiresAt?.getTime() ?? 0;

    await control.advanceClock(50 * DAY_SECONDS);
    const refreshed = await facebook.exchangeForLongLivedToken(longLived);
    rememberToken(refreshed.accessToken);
    expect(refreshed.expiresInSeconds).toBe(LONG_LIVED_SECONDS);
    const secondExpiry = (await facebook.debugToken(refreshed.accessToken)).expiresAt?.getTime() ?? 0;
    expect(secondExpiry - firstExpiry).toBeGreaterThanOrEqual(50 * DAY_SECONDS * 1000 - 5_000);

    await control.advanceClock(30 * DAY_SECONDS);
    expect(await listPages(facebook, refreshed.accessToken)).toHaveLength(3);
  });

  it("fails with auth once the token is revoked, naming the reason, and takes the Page tokens with it", async () => {
    const facebook = facebookClient();
    const { longLived } = await connect(facebook);
    const bakery = pageById(await listPages(facebook, longLived), BAKERY_PAGE_ID);

    const revoked = await facebookControl.revoke({ token: longLived });
    expect(revoked.length).toBeGreaterThan(1);
    const tokens = await facebookControl.tokens();
    expect(JSON.stringify(tokens)).not.toContain(longLived);

    const userError = await providerErrorOf(facebook.listManagedPages(longLived));
    expect(userError).toMatchObject({ kind: "auth", providerCode: "190/460" });
    expect(userError.message).toContain("changed their password");
    const pageError = await providerErrorOf(facebook.getInstagramBusinessAccount(bakery.id, bakery.accessToken));
    expect(pageError).toMatchObject({ kind: "auth", providerCode: "190/460" });

    const other = await connect(facebook);
    await facebookControl.revoke({ token: other.longLived, reason: "app_removed" });
    const removed = await providerErrorOf(facebook.listManagedPages(other.longLived));
    expect(removed).toMatchObject({ kind: "auth", providerCode: "190/458" });
    expect(removed.message).toContain("removed the app");
  });
});
