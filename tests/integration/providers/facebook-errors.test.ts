import { describe, expect, it } from "vitest";
import type { RetryPolicy } from "@/lib/providers/core";
import { createFacebookClient, facebookConfigFromEnv, type FacebookClient } from "@/lib/providers/facebook";
import { appSecretProof } from "@/lib/providers/facebook/appsecret-proof";
import { GRAPH_THROTTLE_FALLBACK_SECONDS } from "@/lib/providers/facebook/classify-graph-response";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { answerSandboxConsent } from "../../../sandbox/providers/facebook/consent-flow";
import { createFacebookSandboxControl } from "../../../sandbox/providers/facebook/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const APP_SECRET = "sandbox-facebook-app-secret";
const REDIRECT_URI = "http://localhost:3000/oauth/facebook/callback";
const LIST_PAGES_PATH = "/graph/v21.0/me/accounts";
const TOKEN_PATH = "/graph/v21.0/oauth/access_token";
const TIMEOUT_MS = 300;

const { sandboxUrl, control, sandboxEnv, records, forgetRecords, clientDependencies, rememberSecrets, providerErrorOf } =
  setUpProviderContract({ secrets: [APP_SECRET] });
const facebookControl = createFacebookSandboxControl(sandboxUrl);

function facebookClient(retry: Omit<RetryPolicy, "idempotent"> = {}): FacebookClient {
  return createFacebookClient({ ...facebookConfigFromEnv(sandboxEnv()), timeoutMs: TIMEOUT_MS, retry }, clientDependencies);
}

async function authorizationCode(facebook: FacebookClient): Promise<string> {
  const authorizationUrl = facebook.buildFacebookAuthorizationUrl({ state: "s", redirectUri: REDIRECT_URI, scopes: ["pages_show_list"] });
  const code = (await answerSandboxConsent(authorizationUrl, { decision: "allow" })).searchParams.get("code") ?? "";
  rememberSecrets(code);
  return code;
}

/** A long-lived user token, obtained before any fault is scheduled. */
async function userToken(facebook: FacebookClient): Promise<string> {
  const code = await authorizationCode(facebook);
  const shortLived = (await facebook.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI })).accessToken;
  const longLived = (await facebook.exchangeForLongLivedToken(shortLived)).accessToken;
  rememberSecrets(shortLived, longLived, appSecretProof(longLived, APP_SECRET));
  forgetRecords();
  return longLived;
}

const injectFault = (path: string, mode: FaultInput["mode"], extra: Partial<FaultInput> = {}) =>
  control.injectFault({ provider: "facebook", path, mode, ...extra });

const requestsTo = (path: string) => control.requests({ provider: "facebook", path });

describe("Graph error codes", () => {
  it.each([1, 2])("code %i is transient and retried", async (code) => {
    const facebook = facebookClient({ maxAttempts: 2 });
    const token = await userToken(facebook);
    await facebookControl.injectGraphError({ path: LIST_PAGES_PATH, code, count: 2 });

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({ kind: "transient", providerCode: String(code), httpStatus: 500, retryable: true });
    expect(error.message).toMatch(/^Facebook is temporarily unavailable \(Graph error \d\): /);
    expect(records.map((record) => record.outcome)).toEqual(["transient", "transient"]);
  });

  it("recovers when a transient error clears before the attempts run out", async () => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await facebookControl.injectGraphError({ path: LIST_PAGES_PATH, code: 2 });

    expect(await facebook.listManagedPages(token)).toHaveLength(3);
    expect(records.map((record) => [record.attempt, record.outcome])).toEqual([
      [1, "transient"],
      [2, "success"],
    ]);
  });

  it.each([4, 17, 32, 613])("code %i is rate limited and not hammered", async (code) => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await facebookControl.injectGraphError({ path: LIST_PAGES_PATH, code });

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({
      kind: "rate_limited",
      providerCode: String(code),
      retryAfterSeconds: GRAPH_THROTTLE_FALLBACK_SECONDS,
    });
    expect(error.message).toContain(`Facebook rate limit reached (Graph error ${code})`);
    expect(await requestsTo(LIST_PAGES_PATH)).toHaveLength(1);
  });

  it("reads X-App-Usage and X-Business-Use-Case-Usage into the message and the wait", async () => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    const businessUsage = { "100000000000101": [{ type: "pages", call_count: 100, total_cputime: 30, total_time: 40, estimated_time_to_regain_access: 7 }] };
    await facebookControl.injectGraphError({ path: LIST_PAGES_PATH, code: 4 });
    await facebookControl.injectGraphError({
      path: LIST_PAGES_PATH,
      code: 80_001,
      message: "(#80001) There have been too many calls to this Page account.",
      headers: { "X-Business-Use-Case-Usage": JSON.stringify(businessUsage) },
    });

    const appThrottled = await providerErrorOf(facebook.listManagedPages(token));
    expect(appThrottled.message).toContain("usage: app call_count 100%, total_cputime 9%, total_time 12%");

    const pageThrottled = await providerErrorOf(facebook.listManagedPages(token));
    expect(pageThrottled).toMatchObject({ kind: "rate_limited", providerCode: "80001", retryAfterSeconds: 7 * 60 });
    expect(pageThrottled.message).toContain("pages call_count 100%, total_cputime 30%, total_time 40%");
  });

  it.each([
    { code: 100, subcode: undefined, providerCode: "100" },
    { code: 200, subcode: undefined, providerCode: "200" },
    { code: 10, subcode: 2069007, providerCode: "10/2069007" },
  ])("code $providerCode is an invalid request carrying Graph's message", async ({ code, subcode, providerCode }) => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await facebookControl.injectGraphError({ path: LIST_PAGES_PATH, code, subcode, message: "(#x) Graph says no" });

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode, httpStatus: 400 });
    expect(error.message).toBe(`(#x) Graph says no (Graph error ${providerCode})`);
    expect(await requestsTo(LIST_PAGES_PATH)).toHaveLength(1);
  });

  it("code 102 means the session is gone: auth", async () => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await facebookControl.injectGraphError({ path: LIST_PAGES_PATH, code: 102, message: "Session key invalid or no longer valid" });

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({ kind: "auth", providerCode: "102" });
    expect(error.message).toContain("the login session is no longer valid");
  });
});

describe("Facebook under injected faults", () => {
  it("http_500: idempotent reads are retried, then fail as transient", async () => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await injectFault(LIST_PAGES_PATH, "http_500", { count: 3 });

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({ kind: "transient", httpStatus: 500, providerCode: "2" });
    expect(await requestsTo(LIST_PAGES_PATH)).toHaveLength(3);
  });

  it("rate_limit: a long Retry-After comes back at once", async () => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await injectFault(LIST_PAGES_PATH, "rate_limit", { retryAfterSeconds: 90 });

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({ kind: "rate_limited", httpStatus: 429, retryAfterSeconds: 90, providerCode: "4" });
    expect(await requestsTo(LIST_PAGES_PATH)).toHaveLength(1);
  });

  it("rate_limit: a short Retry-After is waited out and retried", async () => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await injectFault(LIST_PAGES_PATH, "rate_limit", { retryAfterSeconds: 2 });

    expect(await facebook.listManagedPages(token)).toHaveLength(3);
    expect(await requestsTo(LIST_PAGES_PATH)).toHaveLength(2);
  });

  it("timeout: transient and ambiguous", async () => {
    const facebook = facebookClient({ maxAttempts: 1 });
    const token = await userToken(facebook);
    await injectFault(LIST_PAGES_PATH, "timeout");

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({ kind: "transient", ambiguous: true, httpStatus: undefined });
    expect(error.message).toBe(`No response within ${TIMEOUT_MS} ms`);
  });

  it("malformed_json: unexpected", async () => {
    const facebook = facebookClient();
    const token = await userToken(facebook);
    await injectFault(LIST_PAGES_PATH, "malformed_json");

    const error = await providerErrorOf(facebook.listManagedPages(token));
    expect(error).toMatchObject({ kind: "unexpected", httpStatus: 200 });
    expect(error.message).toContain("Malformed JSON");
  });

  it("error_200: a Graph error inside an HTTP 200 is still an error", async () => {
    const facebook = facebookClient({ maxAttempts: 1 });
    const token = await userToken(facebook);
    await injectFault(`/graph/v21.0/debug_token`, "error_200");

    const error = await providerErrorOf(facebook.debugToken(token));
    expect(error).toMatchObject({ kind: "transient", httpStatus: 200, providerCode: "1" });
  });

  it.each(["http_500", "timeout", "rate_limit"] as const)("%s: the code exchange reaches Graph exactly once", async (mode) => {
    const facebook = facebookClient();
    const code = await authorizationCode(facebook);
    await injectFault(TOKEN_PATH, mode, { retryAfterSeconds: 1 });

    const error = await providerErrorOf(facebook.exchangeFacebookCode({ code, redirectUri: REDIRECT_URI }));
    // A 5xx or a timeout may have spent the code: "may have executed", never retried.
    expect({ retryable: error.retryable, ambiguous: error.ambiguous }).toEqual(
      mode === "rate_limit" ? { retryable: true, ambiguous: false } : { retryable: false, ambiguous: true },
    );
    expect(await requestsTo(TOKEN_PATH)).toHaveLength(1);
  });
});
