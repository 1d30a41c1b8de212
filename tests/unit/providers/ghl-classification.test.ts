import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "../../../lib/env";
import { ProviderNotConfiguredError } from "../../../lib/providers/not-configured";
import { buildGhlAuthorizationUrl } from "../../../lib/providers/ghl/authorization-url";
import { classifyGhlResponse } from "../../../lib/providers/ghl/classify-ghl-response";
import { ghlConfigFromEnv, type GhlClientConfig } from "../../../lib/providers/ghl/config";
import { parseGhlRateLimitHeaders } from "../../../lib/providers/ghl/rate-limit-headers";
import { minimalEnvironment } from "../../support/minimal-environment";

const head = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe("classifyGhlResponse", () => {
  it("lets any 2xx through unless its body reports a failure", () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 299 }), fc.jsonValue(), (status, body) => {
        const reportsFailure =
          body !== null &&
          typeof body === "object" &&
          !Array.isArray(body) &&
          ((typeof body.statusCode === "number" && Number.isInteger(body.statusCode) && body.statusCode >= 400) ||
            (typeof body.error === "string" && body.error.trim().length > 0));
        expect(classifyGhlResponse(head(status), body) === null).toBe(!reportsFailure);
      }),
    );
  });

  it("joins a 422's message list into one readable invalid_request message", () => {
    const body = { statusCode: 422, message: ["name should not be empty", "email must be an email"], error: "Unprocessable Entity" };
    expect(classifyGhlResponse(head(422), body)).toEqual({
      kind: "invalid_request",
      message: "name should not be empty; email must be an email",
      providerCode: "Unprocessable Entity",
    });
  });

  it("treats 401 and invalid_grant as auth, whatever the status of invalid_grant", () => {
    const invalidToken = { statusCode: 401, message: "Invalid token: access token is invalid", error: "Unauthorized" };
    expect(classifyGhlResponse(head(401), invalidToken)).toMatchObject({ kind: "auth", message: invalidToken.message });
    for (const status of [200, 400, 401]) {
      expect(classifyGhlResponse(head(status), { error: "invalid_grant", error_description: "spent" })).toEqual({
        kind: "auth",
        message: "spent",
        providerCode: "invalid_grant",
      });
    }
    expect(classifyGhlResponse(head(400), { error: "unsupported_grant_type" })).toMatchObject({ kind: "invalid_request" });
  });

  it("reads a failure hidden in a 200 body by its statusCode", () => {
    expect(classifyGhlResponse(head(200), { statusCode: 500, message: "Internal server error" })).toMatchObject({
      kind: "transient",
      message: "Internal server error",
    });
  });

  it("gives a 429 the Retry-After, or else the rate-limit interval, as retryAfterSeconds", () => {
    expect(classifyGhlResponse(head(429, { "retry-after": "7" }), {})).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 7 });
    expect(classifyGhlResponse(head(429, { "x-ratelimit-interval-milliseconds": "10000" }), {})).toMatchObject({
      kind: "rate_limited",
      retryAfterSeconds: 10,
    });
    expect(classifyGhlResponse(head(429), "Too Many Requests")).toEqual({
      kind: "rate_limited",
      message: "GoHighLevel answered HTTP 429",
      providerCode: undefined,
      retryAfterSeconds: undefined,
    });
  });

  it("never throws and always names a message, whatever the body", () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 599 }), fc.jsonValue(), (status, body) => {
        const failure = classifyGhlResponse(head(status), body);
        expect(failure?.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("parseGhlRateLimitHeaders", () => {
  it("reads every header as a count", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), ([max, remaining, interval, daily, dailyRemaining]) => {
        const headers = new Headers({
          "X-RateLimit-Max": String(max),
          "X-RateLimit-Remaining": String(remaining),
          "X-RateLimit-Interval-Milliseconds": String(interval),
          "X-RateLimit-Limit-Daily": String(daily),
          "X-RateLimit-Daily-Remaining": String(dailyRemaining),
        });
        expect(parseGhlRateLimitHeaders(headers)).toEqual({
          max,
          remaining,
          intervalMs: interval,
          dailyLimit: daily,
          dailyRemaining,
        });
      }),
    );
  });

  it("ignores unreadable values and reports nothing when no header came", () => {
    expect(parseGhlRateLimitHeaders(new Headers({ "x-ratelimit-remaining": "many", "x-ratelimit-max": "100" }))).toEqual({
      max: 100,
      remaining: undefined,
      intervalMs: undefined,
      dailyLimit: undefined,
      dailyRemaining: undefined,
    });
    expect(parseGhlRateLimitHeaders(new Headers({ "content-type": "application/json" }))).toBeNull();
  });
});

describe("buildGhlAuthorizationUrl", () => {
  const config: GhlClientConfig = {
    clientId: "client-1",
    clientSecret: "secret",
    authorizeUrl: "https://marketplace.leadconnectorhq.com/oauth/chooselocation?brand=white",
    apiBaseUrl: "https://services.test",
    backendUrl: "https://backend.test",
    scopes: ["locations.write", "users.write"],
  };

  it("asks for a code with the client id, redirect URI, space-separated scopes and state, keeping the host's query", () => {
    const url = new URL(buildGhlAuthorizationUrl(config, { state: "st ate/1", redirectUri: "https://app.test/cb?x=1" }));
    expect(url.origin + url.pathname).toBe("https://marketplace.leadconnectorhq.com/oauth/chooselocation");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      brand: "white",
      response_type: "code",
      client_id: "client-1",
      redirect_uri: "https://app.test/cb?x=1",
      scope: "locations.write users.write",
      state: "st ate/1",
    });
    expect(url.search).toContain("scope=locations.write%20users.write");
    expect(url.search).not.toContain("secret");
  });
});

describe("ghlConfigFromEnv", () => {
  it("builds the client config from the environment", () => {
    const env = parseServerEnv({ ...minimalEnvironment, GHL_CLIENT_ID: "id", GHL_CLIENT_SECRET: "secret" });
    expect(ghlConfigFromEnv(env)).toEqual({
      clientId: "id",
      clientSecret: "secret",
      authorizeUrl: "https://marketplace.gohighlevel.com/oauth/chooselocation",
      apiBaseUrl: "https://services.leadconnectorhq.com",
      backendUrl: "https://backend.leadconnectorhq.com",
      scopes: [
        "locations.write",
        "locations.readonly",
        "users.write",
        "users.readonly",
        "contacts.write",
        "contacts.readonly",
        "oauth.write",
        "oauth.readonly",
      ],
    });
  });

  it("names the missing credentials without a value", () => {
    const env = parseServerEnv({ ...minimalEnvironment, GHL_CLIENT_ID: "id" });
    expect(() => ghlConfigFromEnv(env)).toThrow(ProviderNotConfiguredError);
    expect(() => ghlConfigFromEnv(env)).toThrow("GoHighLevel is not configured: set GHL_CLIENT_SECRET.");
  });
});
