import { describe, expect, it } from "vitest";
import { createGhlClient, ghlConfigFromEnv, type GhlClient, type GhlTokenSet } from "../../../lib/providers/ghl";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { approveSandboxConsent } from "../../../sandbox/providers/ghl/consent-flow";
import { createGhlSandboxControl } from "../../../sandbox/providers/ghl/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const REDIRECT_URI = "http://localhost:3000/oauth/ghl/callback";
const DAY_SECONDS = 24 * 3600;

const { sandboxUrl, control, sandboxEnv, records, logSink, clientDependencies, rememberSecrets, rememberErrors, providerErrorOf } =
  setUpProviderContract();
const ghlControl = createGhlSandboxControl(sandboxUrl);

/** The client as the app configures it from the environment, with a short timeout for the timeout faults. */
function client(now?: () => Date): GhlClient {
  const config = { ...ghlConfigFromEnv(sandboxEnv()), timeoutMs: 300 };
  rememberSecrets(config.clientSecret);
  return createGhlClient(config, { ...clientDependencies, now });
}

async function authorizationCode(ghl: GhlClient, state = "state-123"): Promise<string> {
  const callback = await approveSandboxConsent(ghl.buildGhlAuthorizationUrl({ state, redirectUri: REDIRECT_URI }));
  const code = callback.searchParams.get("code");
  if (code === null) throw new Error("the callback carries no code");
  rememberSecrets(code);
  return code;
}

async function connectAgency(ghl: GhlClient): Promise<GhlTokenSet> {
  const tokens = await ghl.exchangeGhlCode({ code: await authorizationCode(ghl), redirectUri: REDIRECT_URI, userType: "Company" });
  rememberSecrets(tokens.accessToken, tokens.refreshToken);
  return tokens;
}

const tokenRequests = () => control.requests({ provider: "ghl", path: "/api/oauth/token" });

describe("GHL OAuth against the sandbox", () => {
  it("runs the code flow: consent page, callback with code and state, exchange for an agency token set", async () => {
    const issuedAt = new Date("2030-01-01T00:00:00Z");
    const ghl = client(() => issuedAt);
    const callback = await approveSandboxConsent(
      ghl.buildGhlAuthorizationUrl({ state: "state-abc", redirectUri: REDIRECT_URI }),
    );
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe("state-abc");
    const code = callback.searchParams.get("code") ?? "";
    rememberSecrets(code);

    const tokens = await ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" });
    rememberSecrets(tokens.accessToken, tokens.refreshToken);

    expect(tokens).toMatchObject({ userType: "Company", companyId: expect.any(String), userId: expect.any(String) });
    expect(tokens.locationId).toBeUndefined();
    expect(tokens.expiresAt.getTime() - issuedAt.getTime()).toBe(86_399_000);
    expect(tokens.scope.split(" ")).toContain("locations.write");
    const [request] = await tokenRequests();
    expect(request?.body).toMatchObject({ grant_type: "authorization_code", user_type: "Company", client_secret: "[REDACTED]" });
  });

  it("accepts a code once", async () => {
    const ghl = client();
    const code = await authorizationCode(ghl);
    rememberSecrets((await ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" })).refreshToken);

    const error = await providerErrorOf(ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" }));
    expect(error).toMatchObject({ kind: "auth", providerCode: "invalid_grant", httpStatus: 400 });
  });

  it("refuses a code after its 10 minutes or for another redirect URI", async () => {
    const ghl = client();
    const otherRedirect = await providerErrorOf(
      ghl.exchangeGhlCode({ code: await authorizationCode(ghl), redirectUri: "http://localhost:3000/elsewhere", userType: "Company" }),
    );
    expect(otherRedirect).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });

    const code = await authorizationCode(ghl);
    await control.advanceClock(601);
    const expired = await providerErrorOf(ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" }));
    expect(expired).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });
  });

  it("refuses wrong app credentials as an auth failure without echoing the secret", async () => {
    const ghl = client();
    const code = await authorizationCode(ghl);
    const wrongSecret = "not-the-sandbox-secret-8841";
    rememberSecrets(wrongSecret);
    const impostor = createGhlClient({ ...ghlConfigFromEnv(sandboxEnv()), clientSecret: wrongSecret }, { logSink });

    const error = await providerErrorOf(impostor.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" }));
    expect(error).toMatchObject({ kind: "auth", providerCode: "invalid_client", httpStatus: 401 });
  });

  it("lets the access token expire after 24 hours on the sandbox clock", async () => {
    const ghl = client();
    const tokens = await connectAgency(ghl);
    const api = ghl.withAccessToken(tokens.accessToken);
    await expect(api.createLocation({ name: "Before expiry", companyId: tokens.companyId ?? "" })).resolves.toMatchObject({
      name: "Before expiry",
    });

    await control.advanceClock(DAY_SECONDS);
    const error = await providerErrorOf(api.createLocation({ name: "After expiry", companyId: tokens.companyId ?? "" }));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401, message: "Invalid token: access token is invalid" });
  });

  it("rotates refresh tokens: the new pair works and the spent refresh token is invalid_grant", async () => {
    const ghl = client();
    const first = await connectAgency(ghl);
    await control.advanceClock(DAY_SECONDS);

    const second = await ghl.refreshGhlToken({ refreshToken: first.refreshToken, userType: "Company" });
    rememberSecrets(second.accessToken, second.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second).toMatchObject({ userType: "Company", companyId: first.companyId, scope: first.scope });
    await expect(
      ghl.withAccessToken(second.accessToken).createLocation({ name: "Fresh", companyId: first.companyId ?? "" }),
    ).resolves.toMatchObject({ name: "Fresh" });

    const reuse = await providerErrorOf(ghl.refreshGhlToken({ refreshToken: first.refreshToken, userType: "Company" }));
    expect(reuse).toMatchObject({ kind: "auth", providerCode: "invalid_grant", retryable: false });
    expect(reuse.message).toMatch(/refresh token/);
  });

  it("lets exactly one of two concurrent refreshes with the same token succeed", async () => {
    const ghl = client();
    const tokens = await connectAgency(ghl);

    const outcomes = await Promise.allSettled([
      ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" }),
      ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" }),
    ]);

    const succeeded = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const failed = outcomes.filter((outcome) => outcome.status === "rejected");
    for (const outcome of succeeded) rememberSecrets(outcome.value.accessToken, outcome.value.refreshToken);
    rememberErrors(...failed.map((outcome) => outcome.reason));
    expect(succeeded).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });
  });

  it("treats tokens revoked or expired at the provider as auth failures", async () => {
    const ghl = client();
    const tokens = await connectAgency(ghl);

    await ghlControl.revokeToken({ token: tokens.refreshToken });
    const refresh = await providerErrorOf(ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" }));
    expect(refresh).toMatchObject({ kind: "auth", providerCode: "invalid_grant" });

    await ghlControl.expireToken({ token: tokens.accessToken });
    const call = await providerErrorOf(
      ghl.withAccessToken(tokens.accessToken).createLocation({ name: "Nope", companyId: tokens.companyId ?? "" }),
    );
    expect(call).toMatchObject({ kind: "auth", httpStatus: 401 });
    expect((await ghlControl.tokens()).map((token) => token.status).sort()).toEqual(["expired", "revoked"]);
  });

  it("refuses a token of the other user type without spending the grant", async () => {
    const ghl = client();
    const code = await authorizationCode(ghl);
    const error = await providerErrorOf(ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Location" }));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "invalid_request" });

    const tokens = await ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" });
    rememberSecrets(tokens.accessToken, tokens.refreshToken);
  });

  describe("token endpoint faults", () => {
    const fault = (mode: FaultInput["mode"], retryAfterSeconds?: number): FaultInput => ({
      provider: "ghl",
      path: "/api/oauth/token",
      mode,
      retryAfterSeconds,
    });

    it.each([
      ["http_500", "transient"],
      ["malformed_json", "unexpected"],
      ["error_200", "transient"],
    ] as const)("%s: a refresh fails as %s, is sent once, and leaves the refresh token usable", async (mode, kind) => {
      const ghl = client();
      const tokens = await connectAgency(ghl);
      await control.injectFault(fault(mode));

      const error = await providerErrorOf(ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" }));
      expect(error.kind).toBe(kind);
      // The exchange, then the one refresh attempt.
      expect(await tokenRequests()).toHaveLength(2);

      const next = await ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" });
      rememberSecrets(next.accessToken, next.refreshToken);
    });

    it("rate_limit: a refresh fails as rate_limited with the provider's retry-after, not retried", async () => {
      const ghl = client();
      const tokens = await connectAgency(ghl);
      await control.injectFault(fault("rate_limit", 7));

      const error = await providerErrorOf(ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" }));
      expect(error).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 7, httpStatus: 429 });
      expect(await tokenRequests()).toHaveLength(2);
    });

    it("timeout: a refresh fails as ambiguous transient and is never sent twice", async () => {
      const ghl = client();
      const tokens = await connectAgency(ghl);
      await control.injectFault(fault("timeout"));

      const error = await providerErrorOf(ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" }));
      expect(error).toMatchObject({ kind: "transient", ambiguous: true, httpStatus: undefined });
      expect(await tokenRequests()).toHaveLength(2);
    });
  });

  it("logs every token call with credentials redacted", async () => {
    const ghl = client();
    const tokens = await connectAgency(ghl);
    const next = await ghl.refreshGhlToken({ refreshToken: tokens.refreshToken, userType: "Company" });
    rememberSecrets(next.accessToken, next.refreshToken);

    expect(records.map((record) => [record.action, record.outcome])).toEqual([
      ["exchange_code", "success"],
      ["refresh_token", "success"],
    ]);
    expect(records[1]?.requestBody).toMatchObject({ refresh_token: "[REDACTED]", client_secret: "[REDACTED]" });
    expect(records[1]?.responseBody).toMatchObject({ access_token: "[REDACTED]", refresh_token: "[REDACTED]" });
  });
});
