import { describe, expect, it } from "vitest";
import type { RetryPolicy } from "@/lib/providers/core";
import { createInstagramClient, instagramConfigFromEnv, type InstagramClient } from "@/lib/providers/instagram";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { answerSandboxConsent } from "../../../sandbox/providers/facebook/consent-flow";
import { createInstagramSandboxControl } from "../../../sandbox/providers/instagram/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const REDIRECT_URI = "http://localhost:3000/oauth/instagram/callback";
const SCOPES = ["instagram_business_basic", "instagram_business_content_publish"];
const HOUR_SECONDS = 3600;
const DAY_SECONDS = 24 * HOUR_SECONDS;
const LONG_LIVED_SECONDS = 5_183_944;
const CODE_EXCHANGE_PATH = "/api/oauth/access_token";
const PROFILE_PATH = "/graph/me";
const TIMEOUT_MS = 300;

const { sandboxUrl, control, sandboxEnv, clientDependencies, rememberSecrets, providerErrorOf } = setUpProviderContract();
const instagramControl = createInstagramSandboxControl(sandboxUrl);

/** The client exactly as the app configures it against the sandbox (scripts/lib/sandbox-env.ts). */
function instagramClient(retry: Omit<RetryPolicy, "idempotent"> = {}): InstagramClient {
  const config = { ...instagramConfigFromEnv(sandboxEnv()), timeoutMs: TIMEOUT_MS, retry };
  rememberSecrets(config.appSecret);
  return createInstagramClient(config, clientDependencies);
}

async function authorizationCode(instagram: InstagramClient): Promise<string> {
  const authorizationUrl = instagram.buildInstagramAuthorizationUrl({ state: "state-1", redirectUri: REDIRECT_URI, scopes: SCOPES });
  const code = (await answerSandboxConsent(authorizationUrl, { decision: "allow" })).searchParams.get("code");
  if (code === null) throw new Error("the callback carries no code");
  rememberSecrets(code);
  return code;
}

async function longLivedToken(instagram: InstagramClient): Promise<string> {
  const code = await authorizationCode(instagram);
  const shortLived = (await instagram.exchangeInstagramCode({ code, redirectUri: REDIRECT_URI })).accessToken;
  const longLived = (await instagram.exchangeForLongLivedToken(shortLived)).accessToken;
  rememberSecrets(shortLived, longLived);
  return longLived;
}

const requestsTo = (path: string) => control.requests({ provider: "instagram", path });
const injectFault = (path: string, mode: FaultInput["mode"], extra: Partial<FaultInput> = {}) =>
  control.injectFault({ provider: "instagram", path, mode, ...extra });

describe("Instagram Login against the sandbox", () => {
  it("connects end to end: authorize page, code, short- and long-lived tokens, profile", async () => {
    const instagram = instagramClient();
    const authorizationUrl = instagram.buildInstagramAuthorizationUrl({ state: "state-abc", redirectUri: REDIRECT_URI, scopes: SCOPES });
    const authorize = new URL(authorizationUrl);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${sandboxUrl}/instagram/www/oauth/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toEqual({
      client_id: "200000000000002",
      redirect_uri: REDIRECT_URI,
      response_type: "code",
      scope: SCOPES.join(","),
      state: "state-abc",
    });

    const callback = await answerSandboxConsent(authorizationUrl, { decision: "allow" });
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe("state-abc");
    const code = callback.searchParams.get("code") ?? "";
    rememberSecrets(code);

    const login = await instagram.exchangeInstagramCode({ code, redirectUri: REDIRECT_URI });
    rememberSecrets(login.accessToken);
    expect(login).toMatchObject({ userId: "17841400000000901", scopes: SCOPES });
    const [exchange] = await requestsTo(CODE_EXCHANGE_PATH);
    expect(exchange?.body).toMatchObject({ grant_type: "authorization_code", client_secret: "[REDACTED]", code: "[REDACTED]" });

    const longLived = await instagram.exchangeForLongLivedToken(login.accessToken);
    rememberSecrets(longLived.accessToken);
    expect(longLived.expiresInSeconds).toBe(LONG_LIVED_SECONDS);

    const profile = await instagram.getProfile(longLived.accessToken);
    expect(profile).toMatchObject({
      userId: "17841400000000901",
      username: "lumen.studio",
      name: "Lumen Photo Studio",
      accountType: "BUSINESS",
      followersCount: 8_412,
      mediaCount: 236,
    });
  });

  it("logs in whichever professional account the sandbox is set to", async () => {
    const instagram = instagramClient();
    await instagramControl.setAccount({ username: "north.coffee", followersCount: 52, accountType: "MEDIA_CREATOR" });
    const profile = await instagram.getProfile(await longLivedToken(instagram));
    expect(profile).toMatchObject({ username: "north.coffee", followersCount: 52, accountType: "MEDIA_CREATOR" });
  });

  it("sends the user back with access_denied when they cancel", async () => {
    const instagram = instagramClient();
    const authorizationUrl = instagram.buildInstagramAuthorizationUrl({ state: "state-x", redirectUri: REDIRECT_URI, scopes: SCOPES });
    const callback = await answerSandboxConsent(authorizationUrl, { decision: "deny" });
    expect(Object.fromEntries(callback.searchParams)).toMatchObject({ error: "access_denied", error_reason: "user_denied", state: "state-x" });
  });

  it("accepts a code once, reaching Instagram once per exchange", async () => {
    const instagram = instagramClient();
    const code = await authorizationCode(instagram);
    rememberSecrets((await instagram.exchangeInstagramCode({ code, redirectUri: REDIRECT_URI })).accessToken);

    const reused = await providerErrorOf(instagram.exchangeInstagramCode({ code, redirectUri: REDIRECT_URI }));
    expect(reused).toMatchObject({ kind: "invalid_request", providerCode: "OAuthException", httpStatus: 400 });
    expect(reused.message).toBe("Matching code was not found or was already used");
    expect(await requestsTo(CODE_EXCHANGE_PATH)).toHaveLength(2);
  });

  it("refuses a wrong app secret without retrying", async () => {
    const wrongSecret = "not-the-instagram-secret";
    rememberSecrets(wrongSecret);
    const misconfigured = createInstagramClient({ ...instagramConfigFromEnv(sandboxEnv()), appSecret: wrongSecret }, clientDependencies);
    const error = await providerErrorOf(
      misconfigured.exchangeInstagramCode({ code: await authorizationCode(misconfigured), redirectUri: REDIRECT_URI }),
    );
    expect(error).toMatchObject({ kind: "invalid_request", message: "Invalid Client Secret" });
  });
});

describe("Instagram token lifetime", () => {
  it("refuses to refresh a token younger than 24 hours and refreshes it afterwards", async () => {
    const instagram = instagramClient();
    const token = await longLivedToken(instagram);

    const tooEarly = await providerErrorOf(instagram.refreshLongLivedToken(token));
    expect(tooEarly).toMatchObject({ kind: "invalid_request", providerCode: "100" });
    expect(tooEarly.message).toContain("too new to be refreshed");

    await control.advanceClock(25 * HOUR_SECONDS);
    const refreshed = await instagram.refreshLongLivedToken(token);
    rememberSecrets(refreshed.accessToken);
    expect(refreshed.expiresInSeconds).toBe(LONG_LIVED_SECONDS);
    expect(refreshed.accessToken).not.toBe(token);

    await control.advanceClock(59 * DAY_SECONDS);
    expect((await instagram.getProfile(refreshed.accessToken)).username).toBe("lumen.studio");
    const original = await providerErrorOf(instagram.getProfile(token));
    expect(original).toMatchObject({ kind: "auth", providerCode: "190/463" });
  });

  it("refuses to refresh a short-lived token", async () => {
    const instagram = instagramClient();
    const code = await authorizationCode(instagram);
    const shortLived = (await instagram.exchangeInstagramCode({ code, redirectUri: REDIRECT_URI })).accessToken;
    rememberSecrets(shortLived);
    await control.advanceClock(30 * 60);

    const error = await providerErrorOf(instagram.refreshLongLivedToken(shortLived));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "100" });
  });

  it("fails with auth 190/463 once the token expired: it can no longer be refreshed", async () => {
    const instagram = instagramClient();
    const token = await longLivedToken(instagram);
    await control.advanceClock(61 * DAY_SECONDS);

    const refresh = await providerErrorOf(instagram.refreshLongLivedToken(token));
    expect(refresh).toMatchObject({ kind: "auth", providerCode: "190/463", httpStatus: 400 });
    expect(refresh.message).toContain("Instagram must be reconnected: the access token expired");
  });

  it("fails with auth once the token is revoked", async () => {
    const instagram = instagramClient();
    const token = await longLivedToken(instagram);
    const [listed] = (await instagramControl.tokens()).filter((entry) => entry.kind === "long_lived");
    expect(listed?.token).not.toBe(token);

    await instagramControl.revoke({ tokenId: listed?.id ?? "", reason: "logged_out" });
    const error = await providerErrorOf(instagram.getProfile(token));
    expect(error).toMatchObject({ kind: "auth", providerCode: "190/467" });
  });

  it("does not know a made-up token", async () => {
    const instagram = instagramClient();
    const madeUp = "IGAAmade-up-token";
    rememberSecrets(madeUp);
    const error = await providerErrorOf(instagram.getProfile(madeUp));
    expect(error).toMatchObject({ kind: "auth", providerCode: "190" });
    expect(error.message).toContain("the access token is invalid");
  });
});

describe("Instagram errors and faults", () => {
  it.each([
    { code: 2, kind: "transient" },
    { code: 4, kind: "rate_limited" },
    { code: 613, kind: "rate_limited" },
    { code: 100, kind: "invalid_request" },
  ])("Graph code $code is $kind", async ({ code, kind }) => {
    const instagram = instagramClient({ maxAttempts: 1 });
    const token = await longLivedToken(instagram);
    await instagramControl.injectGraphError({ path: PROFILE_PATH, code });

    const error = await providerErrorOf(instagram.getProfile(token));
    expect(error).toMatchObject({ kind, providerCode: String(code) });
  });

  it("http_500: the profile read is retried, then fails as transient", async () => {
    const instagram = instagramClient();
    const token = await longLivedToken(instagram);
    await injectFault(PROFILE_PATH, "http_500", { count: 3 });

    const error = await providerErrorOf(instagram.getProfile(token));
    expect(error).toMatchObject({ kind: "transient", httpStatus: 500 });
    expect(await requestsTo(PROFILE_PATH)).toHaveLength(3);
  });

  it("rate_limit: rate limited with the Retry-After", async () => {
    const instagram = instagramClient();
    const token = await longLivedToken(instagram);
    await injectFault(PROFILE_PATH, "rate_limit", { retryAfterSeconds: 120 });

    const error = await providerErrorOf(instagram.getProfile(token));
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 120, httpStatus: 429 });
  });

  it("timeout: transient and ambiguous", async () => {
    const instagram = instagramClient({ maxAttempts: 1 });
    const token = await longLivedToken(instagram);
    await injectFault(PROFILE_PATH, "timeout");

    const error = await providerErrorOf(instagram.getProfile(token));
    expect(error).toMatchObject({ kind: "transient", ambiguous: true });
  });

  it("malformed_json: unexpected", async () => {
    const instagram = instagramClient();
    const code = await authorizationCode(instagram);
    const shortLived = (await instagram.exchangeInstagramCode({ code, redirectUri: REDIRECT_URI })).accessToken;
    rememberSecrets(shortLived);
    await injectFault("/graph/access_token", "malformed_json");

    const error = await providerErrorOf(instagram.exchangeForLongLivedToken(shortLived));
    expect(error).toMatchObject({ kind: "unexpected", httpStatus: 200 });
  });

  it("error_200: a Graph error inside an HTTP 200 is still an error", async () => {
    const instagram = instagramClient({ maxAttempts: 1 });
    const token = await longLivedToken(instagram);
    await control.advanceClock(DAY_SECONDS);
    await injectFault("/graph/refresh_access_token", "error_200");

    const error = await providerErrorOf(instagram.refreshLongLivedToken(token));
    expect(error).toMatchObject({ kind: "transient", httpStatus: 200, providerCode: "1" });
  });

  it.each(["http_500", "timeout", "rate_limit", "error_200"] as const)("%s: the code exchange reaches Instagram exactly once", async (mode) => {
    const instagram = instagramClient();
    const code = await authorizationCode(instagram);
    await injectFault(CODE_EXCHANGE_PATH, mode, { retryAfterSeconds: 1 });

    const error = await providerErrorOf(instagram.exchangeInstagramCode({ code, redirectUri: REDIRECT_URI }));
    // A 5xx or a timeout may have spent the code: "may have executed", never retried.
    const mayHaveExecuted = mode === "http_500" || mode === "timeout";
    expect({ retryable: error.retryable, ambiguous: error.ambiguous }).toEqual({ retryable: !mayHaveExecuted, ambiguous: mayHaveExecuted });
    expect(await requestsTo(CODE_EXCHANGE_PATH)).toHaveLength(1);
  });
});
