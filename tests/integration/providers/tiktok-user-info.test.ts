import { describe, expect, it } from "vitest";
import {
  createPkcePair,
  createTikTokClient,
  tiktokConfigFromEnv,
  type TikTokClient,
  type TikTokClientConfig,
} from "../../../lib/providers/tiktok";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { approveSandboxConsent } from "../../../sandbox/providers/tiktok/consent-flow";
import { createTikTokSandboxControl } from "../../../sandbox/providers/tiktok/control-client";
import { DEFAULT_SANDBOX_ACCOUNT } from "../../../sandbox/providers/tiktok/sandbox-accounts";
import { setUpProviderContract } from "../../support/provider-contract";

const REDIRECT_URI = "http://localhost:3000/oauth/tiktok/callback";
const USER_INFO_PATH = "/api/v2/user/info/";

const { sandboxUrl, control, sandboxEnv, records, forgetRecords, clientDependencies, rememberSecrets, providerErrorOf } =
  setUpProviderContract();
const tiktokControl = createTikTokSandboxControl(sandboxUrl);

/** The client exactly as the app configures it against the sandbox (scripts/lib/sandbox-env.ts). */
function client(overrides: Partial<TikTokClientConfig> = {}): TikTokClient {
  const config = { ...tiktokConfigFromEnv(sandboxEnv()), timeoutMs: 300, ...overrides };
  rememberSecrets(config.clientSecret);
  return createTikTokClient(config, clientDependencies);
}

/** Connects the default sandbox account with these scopes and returns its access token; forgets the log records of connecting. */
async function accessTokenFor(tiktok: TikTokClient, scopes: readonly string[]): Promise<string> {
  const { codeVerifier, codeChallenge } = createPkcePair();
  const url = tiktok.buildTikTokAuthorizationUrl({ state: "s", redirectUri: REDIRECT_URI, scopes, codeChallenge });
  const code = (await approveSandboxConsent(url)).searchParams.get("code") ?? "";
  const tokens = await tiktok.exchangeTikTokCode({ code, redirectUri: REDIRECT_URI, codeVerifier });
  rememberSecrets(code, codeVerifier, tokens.accessToken, tokens.refreshToken);
  forgetRecords();
  return tokens.accessToken;
}

const userInfoRequests = () => control.requests({ provider: "tiktok", path: USER_INFO_PATH });

describe("TikTok user info against the sandbox", () => {
  it("returns the requested profile fields in our shape, counts as numbers", async () => {
    const tiktok = client();
    const accessToken = await accessTokenFor(tiktok, ["user.info.basic", "user.info.profile", "user.info.stats"]);

    const user = await tiktok.getTikTokUserInfo(accessToken, ["display_name", "avatar_url", "username", "follower_count"]);
    expect(user).toEqual({
      openId: DEFAULT_SANDBOX_ACCOUNT.openId,
      displayName: DEFAULT_SANDBOX_ACCOUNT.displayName,
      avatarUrl: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
      username: DEFAULT_SANDBOX_ACCOUNT.username,
      followerCount: DEFAULT_SANDBOX_ACCOUNT.followerCount,
    });

    const [request] = await userInfoRequests();
    expect(request?.query).toEqual({ fields: "open_id,display_name,avatar_url,username,follower_count" });
    expect(request?.headers.authorization).toBe("Bearer [REDACTED]");
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: "get_user_info", method: "GET", outcome: "success", httpStatus: 200 });
  });

  it("names the missing scope when the user did not grant what the fields need", async () => {
    const tiktok = client();
    const accessToken = await accessTokenFor(tiktok, ["user.info.basic"]);

    const error = await providerErrorOf(tiktok.getTikTokUserInfo(accessToken, ["display_name", "follower_count"]));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "scope_not_authorized", httpStatus: 401 });
    expect(error.message).toContain("fields open_id, display_name, follower_count");
    expect(error.message).toContain("user.info.stats");
    expect(await userInfoRequests()).toHaveLength(1);
  });

  it("treats an unknown access token as auth", async () => {
    const garbage = "act.not-a-token-the-sandbox-issued";
    rememberSecrets(garbage);
    const error = await providerErrorOf(client().getTikTokUserInfo(garbage, ["display_name"]));
    expect(error).toMatchObject({ kind: "auth", providerCode: "access_token_invalid", httpStatus: 401 });
  });

  it("is rate limited per endpoint, with the wait from x-ratelimit-reset, until the window passes", async () => {
    const tiktok = client({ retry: { maxAttempts: 1 } });
    const accessToken = await accessTokenFor(tiktok, ["user.info.basic"]);
    await tiktokControl.setRateLimit(2);
    await tiktok.getTikTokUserInfo(accessToken, ["display_name"]);
    await tiktok.getTikTokUserInfo(accessToken, ["display_name"]);

    const error = await providerErrorOf(tiktok.getTikTokUserInfo(accessToken, ["display_name"]));
    expect(error).toMatchObject({ kind: "rate_limited", providerCode: "rate_limit_exceeded", httpStatus: 429 });
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);

    await control.advanceClock(error.retryAfterSeconds ?? 60);
    await expect(tiktok.getTikTokUserInfo(accessToken, ["display_name"])).resolves.toMatchObject({
      displayName: DEFAULT_SANDBOX_ACCOUNT.displayName,
    });
  });

  describe("faults", () => {
    const userInfoFault = (mode: FaultInput["mode"], count: number): FaultInput => ({
      provider: "tiktok",
      method: "GET",
      path: USER_INFO_PATH,
      mode,
      count,
      retryAfterSeconds: 3,
    });

    it.each([
      ["http_500", { kind: "transient", httpStatus: 500, providerCode: "internal_error" }],
      ["error_200", { kind: "transient", httpStatus: 200, providerCode: "internal_error" }],
      ["rate_limit", { kind: "rate_limited", httpStatus: 429, retryAfterSeconds: 3 }],
      ["timeout", { kind: "transient", httpStatus: undefined, ambiguous: true }],
    ] as const)("%s: retried (a read is idempotent), then fails as expected", async (mode, expected) => {
      const tiktok = client();
      const accessToken = await accessTokenFor(tiktok, ["user.info.basic"]);
      await control.injectFault(userInfoFault(mode, 3));

      const error = await providerErrorOf(tiktok.getTikTokUserInfo(accessToken, ["display_name"]));
      expect(error).toMatchObject(expected);
      expect(await userInfoRequests()).toHaveLength(3);
      expect(records.map((record) => record.outcome)).toEqual([expected.kind, expected.kind, expected.kind]);
    });

    it("malformed_json: fails as unexpected without a retry", async () => {
      const tiktok = client();
      const accessToken = await accessTokenFor(tiktok, ["user.info.basic"]);
      await control.injectFault(userInfoFault("malformed_json", 1));

      const error = await providerErrorOf(tiktok.getTikTokUserInfo(accessToken, ["display_name"]));
      expect(error).toMatchObject({ kind: "unexpected", httpStatus: 200 });
      expect(error.message).toMatch(/Malformed JSON/);
      expect(await userInfoRequests()).toHaveLength(1);
    });

    it("a passing failure is absorbed by the retry", async () => {
      const tiktok = client();
      const accessToken = await accessTokenFor(tiktok, ["user.info.basic"]);
      await control.injectFault(userInfoFault("http_500", 1));

      await expect(tiktok.getTikTokUserInfo(accessToken, ["display_name"])).resolves.toMatchObject({
        openId: DEFAULT_SANDBOX_ACCOUNT.openId,
      });
      expect(records.map((record) => [record.attempt, record.outcome])).toEqual([
        [1, "transient"],
        [2, "success"],
      ]);
    });
  });
});
