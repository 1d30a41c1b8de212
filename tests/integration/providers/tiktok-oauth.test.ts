import { describe, expect, it } from "vitest";
import {
  createPkcePair,
  createTikTokClient,
  tiktokConfigFromEnv,
  type TikTokClient,
  type TikTokClientConfig,
  type TikTokTokenSet,
} from "../../../lib/providers/tiktok";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { approveSandboxConsent, denySandboxConsent } from "../../../sandbox/providers/tiktok/consent-flow";
import { maskToken } from "../../../sandbox/providers/tiktok/control-schemas";
import { createTikTokSandboxControl } from "../../../sandbox/providers/tiktok/control-client";
import { DEFAULT_SANDBOX_ACCOUNT, SANDBOX_TIKTOK_ACCOUNTS } from "../../../sandbox/providers/tiktok/sandbox-accounts";
import { setUpProviderContract } from "../../support/provider-contract";

const REDIRECT_URI = "http://localhost:3000/oauth/tiktok/callback";
const SCOPES = ["user.info.basic", "user.info.stats"];
const DAY_SECONDS = 24 * 3600;

const { sandboxUrl, control, sandboxEnv, records, clientDependencies, rememberSecrets, providerErrorOf } = setUpProviderContract();
const tiktokControl = createTikTokSandboxControl(sandboxUrl);

/** The client exactly as the app configures it against the sandbox (scripts/lib/sandbox-env.ts). */
function client(overrides: Partial<TikTokClientConfig> = {}, now?: () => Date): TikTokClient {
  const config = { ...tiktokConfigFromEnv(sandboxEnv()), timeoutMs: 300 };
  rememberSecrets(config.clientSecret);
  return createTikTokClient({ ...config, ...overrides }, { ...clientDependencies, now });
}

type Consent = { code: string; codeVerifier: string };

async function consent(tiktok: TikTokClient, openId = DEFAULT_SANDBOX_ACCOUNT.openId): Promise<Consent> {
  const { codeVerifier, codeChallenge } = createPkcePair();
  const url = tiktok.buildTikTokAuthorizationUrl({ state: "state-1", redirectUri: REDIRECT_URI, scopes: SCOPES, codeChallenge });
  const code = (await approveSandboxConsent(url, openId)).searchParams.get("code") ?? "";
  rememberSecrets(code, codeVerifier);
  return { code, codeVerifier };
}

async function connect(tiktok: TikTokClient, openId?: string): Promise<TikTokTokenSet> {
  const { code, codeVerifier } = await consent(tiktok, openId);
  return remember(await tiktok.exchangeTikTokCode({ code, redirectUri: REDIRECT_URI, codeVerifier }));
}

function remember(tokens: TikTokTokenSet): TikTokTokenSet {
  rememberSecrets(tokens.accessToken, tokens.refreshToken);
  return tokens;
}

const tokenRequests = () => control.requests({ provider: "tiktok", path: "/api/v2/oauth/token/" });
const revokeRequests = () => control.requests({ provider: "tiktok", path: "/api/v2/oauth/revoke/" });

describe("TikTok Login against the sandbox", () => {
  it("runs the PKCE code flow: consent page, callback with code, state and scopes, exchange for a token set", async () => {
    const issuedAt = new Date("2030-01-01T00:00:00Z");
    const tiktok = client({}, () => issuedAt);
    const { codeVerifier, codeChallenge } = createPkcePair();
    rememberSecrets(codeVerifier);

    const url = tiktok.buildTikTokAuthorizationUrl({ state: "state-abc", redirectUri: REDIRECT_URI, scopes: SCOPES, codeChallenge });
    const callback = await approveSandboxConsent(url);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe("state-abc");
    expect(callback.searchParams.get("scopes")).toBe(SCOPES.join(","));
    const code = callback.searchParams.get("code") ?? "";
    rememberSecrets(code);

    const tokens = remember(await tiktok.exchangeTikTokCode({ code, redirectUri: REDIRECT_URI, codeVerifier }));
    expect(tokens).toMatchObject({
      openId: DEFAULT_SANDBOX_ACCOUNT.openId,
      scopes: SCOPES,
      expiresAt: new Date(issuedAt.getTime() + DAY_SECONDS * 1000),
      refreshExpiresAt: new Date(issuedAt.getTime() + 365 * DAY_SECONDS * 1000),
    });
    const [request] = await tokenRequests();
    expect(request?.body).toMatchObject({
      grant_type: "authorization_code",
      client_key: "sandboxtiktokclientkey",
      client_secret: "[REDACTED]",
      code: "[REDACTED]",
      code_verifier: "[REDACTED]",
    });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ provider: "tiktok", action: "exchange_code", outcome: "success" });
    expect(records[0]?.responseBody).toMatchObject({ access_token: "[REDACTED]", refresh_token: "[REDACTED]" });
  });

  it("signs in as the account the user picks", async () => {
    const other = SANDBOX_TIKTOK_ACCOUNTS[1]?.openId ?? "";
    expect((await connect(client(), other)).openId).toBe(other);
  });

  it("refuses the code with the wrong PKCE verifier", async () => {
    const tiktok = client();
    const { code } = await consent(tiktok);
    const wrongVerifier = createPkcePair().codeVerifier;
    rememberSecrets(wrongVerifier);

    const error = await providerErrorOf(tiktok.exchangeTikTokCode({ code, redirectUri: REDIRECT_URI, codeVerifier: wrongVerifier }));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "invalid_request", httpStatus: 200 });
    expect(error.message).toMatch(/^Code verifier or code challenge is invalid\. \(invalid_request, log_id \w+\)$/);
  });

  it("accepts a code once, only for its redirect URI, and for 10 minutes of sandbox time", async () => {
    const tiktok = client();
    const used = await consent(tiktok);
    remember(await tiktok.exchangeTikTokCode({ ...used, redirectUri: REDIRECT_URI }));
    const reuse = await providerErrorOf(tiktok.exchangeTikTokCode({ ...used, redirectUri: REDIRECT_URI }));
    expect(reuse).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });

    const elsewhere = await providerErrorOf(
      tiktok.exchangeTikTokCode({ ...(await consent(tiktok)), redirectUri: "http://localhost:3000/elsewhere" }),
    );
    expect(elsewhere).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });

    const late = await consent(tiktok);
    await control.advanceClock(601);
    const expired = await providerErrorOf(tiktok.exchangeTikTokCode({ ...late, redirectUri: REDIRECT_URI }));
    expect(expired).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });
  });

  it("sends the user back with error=access_denied when they cancel", async () => {
    const url = client().buildTikTokAuthorizationUrl({
      state: "state-cancel",
      redirectUri: REDIRECT_URI,
      scopes: SCOPES,
      codeChallenge: createPkcePair().codeChallenge,
    });
    const callback = await denySandboxConsent(url);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe("state-cancel");
    expect(callback.searchParams.has("code")).toBe(false);
  });

  it("shows an error page instead of consent for an unknown client key or scope", async () => {
    const request = { state: "s", redirectUri: REDIRECT_URI, codeChallenge: createPkcePair().codeChallenge };
    const unknownApp = await fetch(client({ clientKey: "someoneelse" }).buildTikTokAuthorizationUrl({ ...request, scopes: SCOPES }));
    expect(unknownApp.status).toBe(400);
    expect(await unknownApp.text()).toContain("client_key is not a registered app");

    const unknownScope = await fetch(client().buildTikTokAuthorizationUrl({ ...request, scopes: ["user.info.everything"] }));
    expect(unknownScope.status).toBe(400);
  });

  it("refuses wrong app credentials as an auth failure without echoing the secret", async () => {
    const tiktok = client();
    const { code, codeVerifier } = await consent(tiktok);
    const wrongSecret = "not-the-sandbox-secret-5521";
    rememberSecrets(wrongSecret);

    const impostor = client({ clientSecret: wrongSecret });
    const error = await providerErrorOf(impostor.exchangeTikTokCode({ code, codeVerifier, redirectUri: REDIRECT_URI }));
    expect(error).toMatchObject({ kind: "auth", providerCode: "invalid_client" });
  });

  it("rotates refresh tokens: the new pair works, the spent refresh token is refused", async () => {
    const tiktok = client();
    const first = await connect(tiktok);

    const second = remember(await tiktok.refreshTikTokToken(first.refreshToken));
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second).toMatchObject({ openId: first.openId, scopes: first.scopes });
    await expect(tiktok.getTikTokUserInfo(second.accessToken, ["display_name"])).resolves.toMatchObject({
      displayName: DEFAULT_SANDBOX_ACCOUNT.displayName,
    });

    const reuse = await providerErrorOf(tiktok.refreshTikTokToken(first.refreshToken));
    expect(reuse).toMatchObject({ kind: "auth", providerCode: "invalid_grant", retryable: false });
    expect(reuse.message).toMatch(/Refresh token is invalid or expired/);
    const spent = (await tiktokControl.tokens()).find((token) => token.token === maskToken(first.refreshToken));
    expect(spent?.status).toBe("rotated");

    remember(await tiktok.refreshTikTokToken(second.refreshToken));
  });

  it("lets the access token expire after 24 hours and the refresh token after 365 days of sandbox time", async () => {
    const tiktok = client();
    const tokens = await connect(tiktok);

    await control.advanceClock(DAY_SECONDS);
    const stale = await providerErrorOf(tiktok.getTikTokUserInfo(tokens.accessToken, ["display_name"]));
    expect(stale).toMatchObject({ kind: "auth", providerCode: "access_token_invalid", httpStatus: 401 });
    const renewed = remember(await tiktok.refreshTikTokToken(tokens.refreshToken));
    await expect(tiktok.getTikTokUserInfo(renewed.accessToken, ["display_name"])).resolves.toBeDefined();

    await control.advanceClock(365 * DAY_SECONDS);
    const dead = await providerErrorOf(tiktok.refreshTikTokToken(renewed.refreshToken));
    expect(dead).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });
  });

  it("revokes: the access and refresh tokens both stop working", async () => {
    const tiktok = client();
    const tokens = await connect(tiktok);

    await tiktok.revokeTikTokToken(tokens.accessToken);
    const [revoke] = await revokeRequests();
    expect(revoke?.body).toMatchObject({ token: "[REDACTED]", client_secret: "[REDACTED]" });

    const call = await providerErrorOf(tiktok.getTikTokUserInfo(tokens.accessToken, ["display_name"]));
    expect(call).toMatchObject({ kind: "auth", providerCode: "access_token_invalid" });
    const refresh = await providerErrorOf(tiktok.refreshTikTokToken(tokens.refreshToken));
    expect(refresh).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });
    expect(new Set((await tiktokControl.tokens()).map((token) => token.status))).toEqual(new Set(["revoked"]));

    await expect(tiktok.revokeTikTokToken(tokens.accessToken)).resolves.toBeUndefined();
  });

  it("treats consent withdrawn or tokens expired at TikTok as auth failures", async () => {
    const tiktok = client();
    const withdrawn = await connect(tiktok);
    const other = await connect(tiktok, SANDBOX_TIKTOK_ACCOUNTS[1]?.openId);

    expect(await tiktokControl.revoke({ openId: withdrawn.openId })).toBe(1);
    const refresh = await providerErrorOf(tiktok.refreshTikTokToken(withdrawn.refreshToken));
    expect(refresh).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });

    expect(await tiktokControl.expireToken(other.accessToken)).toMatchObject({ status: "expired", kind: "access" });
    const call = await providerErrorOf(tiktok.getTikTokUserInfo(other.accessToken, ["display_name"]));
    expect(call).toMatchObject({ kind: "auth", providerCode: "access_token_invalid" });
  });

  describe("token endpoint faults", () => {
    const tokenFault = (mode: FaultInput["mode"], retryAfterSeconds?: number): FaultInput => ({
      provider: "tiktok",
      path: "/api/v2/oauth/token/",
      mode,
      retryAfterSeconds,
    });

    it.each([
      ["http_500", { kind: "transient", httpStatus: 500, providerCode: "internal_error" }],
      ["error_200", { kind: "transient", httpStatus: 200, providerCode: "internal_error" }],
      ["malformed_json", { kind: "unexpected", httpStatus: 200 }],
      ["rate_limit", { kind: "rate_limited", httpStatus: 429, retryAfterSeconds: 7 }],
      ["timeout", { kind: "transient", httpStatus: undefined, ambiguous: true }],
    ] as const)("%s: a code exchange fails as expected and is sent once", async (mode, expected) => {
      const tiktok = client();
      const { code, codeVerifier } = await consent(tiktok);
      await control.injectFault(tokenFault(mode, 7));

      const error = await providerErrorOf(tiktok.exchangeTikTokCode({ code, codeVerifier, redirectUri: REDIRECT_URI }));
      expect(error).toMatchObject(expected);
      expect(await tokenRequests()).toHaveLength(1);
    });

    it.each(["http_500", "error_200", "malformed_json", "rate_limit", "timeout"] as const)(
      "%s: a refresh is sent once and leaves the refresh token usable",
      async (mode) => {
        const tiktok = client();
        const tokens = await connect(tiktok);
        await control.injectFault(tokenFault(mode));

        const error = await providerErrorOf(tiktok.refreshTikTokToken(tokens.refreshToken));
        // A 5xx, a timeout or an unreadable answer may have rotated the token: never retried.
        const mayHaveExecuted = mode === "http_500" || mode === "timeout" || mode === "malformed_json";
        expect(error.retryable).toBe(!mayHaveExecuted);
        expect(error.ambiguous).toBe(mayHaveExecuted);
        // The exchange, then the one refresh attempt.
        expect(await tokenRequests()).toHaveLength(2);

        remember(await tiktok.refreshTikTokToken(tokens.refreshToken));
      },
    );
  });

  describe("revoke faults", () => {
    const revokeFault = (mode: FaultInput["mode"], count: number): FaultInput => ({
      provider: "tiktok",
      path: "/api/v2/oauth/revoke/",
      mode,
      count,
    });

    it.each([
      ["http_500", "transient"],
      ["error_200", "transient"],
      ["rate_limit", "rate_limited"],
      ["timeout", "transient"],
    ] as const)("%s: revoking is retried (it is idempotent) and fails as %s when every try does", async (mode, kind) => {
      const tiktok = client();
      const tokens = await connect(tiktok);
      await control.injectFault(revokeFault(mode, 3));

      const error = await providerErrorOf(tiktok.revokeTikTokToken(tokens.accessToken));
      expect(error.kind).toBe(kind);
      expect(await revokeRequests()).toHaveLength(3);
      expect(records.filter((record) => record.action === "revoke_token").map((record) => record.attempt)).toEqual([1, 2, 3]);
    });

    it("malformed_json: revoking fails as unexpected without a retry", async () => {
      const tiktok = client();
      const tokens = await connect(tiktok);
      await control.injectFault(revokeFault("malformed_json", 1));

      const error = await providerErrorOf(tiktok.revokeTikTokToken(tokens.accessToken));
      expect(error.kind).toBe("unexpected");
      expect(await revokeRequests()).toHaveLength(1);
    });

    it("a single failure is absorbed by the retry", async () => {
      const tiktok = client();
      const tokens = await connect(tiktok);
      await control.injectFault(revokeFault("http_500", 1));

      await tiktok.revokeTikTokToken(tokens.accessToken);
      expect(await revokeRequests()).toHaveLength(2);
      const refresh = await providerErrorOf(tiktok.refreshTikTokToken(tokens.refreshToken));
      expect(refresh.kind).toBe("auth");
    });
  });
});
