import { beforeEach, describe, expect, it } from "vitest";
import { createGhlClient, ghlConfigFromEnv, isGhlTwoFactorRequired, type GhlClient } from "../../../lib/providers/ghl";
import { approveSandboxConsent } from "../../../sandbox/providers/ghl/consent-flow";
import { createGhlSandboxControl } from "../../../sandbox/providers/ghl/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const REDIRECT_URI = "http://localhost:3000/oauth/ghl/callback";
const EMAIL = "somashekhar34+acme@agency.test";
const PASSWORD = "Dummy@123-but-longer";
const AUTHENTICATE_PATH = "/backend/users/authenticate";

const { sandboxUrl, control, sandboxEnv, records, clientDependencies, rememberSecrets, providerErrorOf } = setUpProviderContract();
const ghlControl = createGhlSandboxControl(sandboxUrl);

let ghl: GhlClient;

/** The provisioning steps before sign-in: connect the agency, create a sub-account and its user. */
beforeEach(async () => {
  const config = { ...ghlConfigFromEnv(sandboxEnv()), timeoutMs: 300 };
  ghl = createGhlClient(config, clientDependencies);
  const callback = await approveSandboxConsent(ghl.buildGhlAuthorizationUrl({ state: "s", redirectUri: REDIRECT_URI }));
  const code = callback.searchParams.get("code") ?? "";
  const agency = await ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" });
  const companyId = agency.companyId ?? "";
  const api = ghl.withAccessToken(agency.accessToken);
  const location = await api.createLocation({ name: "Acme", companyId });
  await api.createUser({ companyId, firstName: "Soma", lastName: "Bot", email: EMAIL, password: PASSWORD, locationIds: [location.id] });
  rememberSecrets(config.clientSecret, code, agency.accessToken, agency.refreshToken, PASSWORD);
});

const authenticateRequests = () => control.requests({ provider: "ghl", path: AUTHENTICATE_PATH });

describe("GHL sub-account sign-in against the sandbox", () => {
  it("returns the firebase token with its expiry, and the access token", async () => {
    const session = await ghl.authenticateSubaccountUser({ email: EMAIL, password: PASSWORD });
    rememberSecrets(session.firebaseToken, session.accessToken ?? "");

    const sandboxNow = new Date((await control.clock()).now).getTime();
    expect(session.firebaseToken.split(".")).toHaveLength(3);
    expect(session.accessToken).toEqual(expect.any(String));
    expect((session.firebaseTokenExpiresAt?.getTime() ?? 0) - sandboxNow).toBeGreaterThan(3_590_000);
    expect((session.firebaseTokenExpiresAt?.getTime() ?? 0) - sandboxNow).toBeLessThanOrEqual(3_600_000);
    expect(records.at(-1)).toMatchObject({
      action: "authenticate_subaccount_user",
      requestBody: { email: EMAIL, password: "[REDACTED]" },
      responseBody: { firebase_token: "[REDACTED]", access_token: "[REDACTED]" },
    });
  });

  it("refuses a wrong password as an auth failure", async () => {
    const error = await providerErrorOf(ghl.authenticateSubaccountUser({ email: EMAIL, password: "wrong-password-1" }));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401, message: "Invalid email or password" });
    expect(isGhlTwoFactorRequired(error)).toBe(false);
  });

  it("turns a demand for a two-factor code into a typed error the console can show", async () => {
    await ghlControl.requireTwoFactorOnNextAuthenticate();

    const error = await providerErrorOf(ghl.authenticateSubaccountUser({ email: EMAIL, password: PASSWORD }));
    expect(isGhlTwoFactorRequired(error)).toBe(true);
    expect(error).toMatchObject({ kind: "auth", httpStatus: 200 });
    expect(error.message).toMatch(/two-factor/);

    const session = await ghl.authenticateSubaccountUser({ email: EMAIL, password: PASSWORD });
    rememberSecrets(session.firebaseToken, session.accessToken ?? "");
  });

  it.each([
    ["http_500", { kind: "transient", httpStatus: 500 }],
    ["rate_limit", { kind: "rate_limited", httpStatus: 429, retryAfterSeconds: 4 }],
    ["timeout", { kind: "transient", ambiguous: true }],
    ["malformed_json", { kind: "unexpected", httpStatus: 200 }],
    ["error_200", { kind: "transient", httpStatus: 200 }],
  ] as const)("%s: fails with a typed error, sent exactly once", async (mode, expected) => {
    await control.injectFault({ provider: "ghl", path: AUTHENTICATE_PATH, mode, retryAfterSeconds: 4 });

    const error = await providerErrorOf(ghl.authenticateSubaccountUser({ email: EMAIL, password: PASSWORD }));
    expect(error).toMatchObject(expected);
    expect(isGhlTwoFactorRequired(error)).toBe(false);
    expect(await authenticateRequests()).toHaveLength(1);
  });
});
