import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "../../../lib/env";
import { ProviderNotConfiguredError } from "../../../lib/providers/not-configured";
import { buildAuthorizationUrl } from "../../../lib/providers/tiktok/authorization-url";
import { tiktokConfigFromEnv } from "../../../lib/providers/tiktok/config";
import { createPkcePair, s256CodeChallenge } from "../../../lib/providers/tiktok/pkce";
import { minimalEnvironment } from "../../support/minimal-environment";


describe("PKCE", () => {
  it("derives the S256 challenge of RFC 7636's example", () => {
    expect(s256CodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("creates fresh, well-formed pairs", () => {
    const pairs = Array.from({ length: 20 }, createPkcePair);
    for (const { codeVerifier, codeChallenge } of pairs) {
      expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(codeChallenge).toBe(s256CodeChallenge(codeVerifier));
    }
    expect(new Set(pairs.map((pair) => pair.codeVerifier)).size).toBe(pairs.length);
  });
});

describe("buildAuthorizationUrl", () => {
  it("carries every parameter TikTok's consent page needs, scopes comma-separated", () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true }),
        fc.string(),
        fc.array(fc.stringMatching(/^[a-z.]{1,20}$/), { minLength: 1, maxLength: 5 }),
        (redirectUri, state, scopes) => {
          const url = new URL(
            buildAuthorizationUrl("https://www.tiktok.com/", "clientkey1", { state, redirectUri, scopes, codeChallenge: "chal" }),
          );
          expect(`${url.origin}${url.pathname}`).toBe("https://www.tiktok.com/v2/auth/authorize/");
          expect(Object.fromEntries(url.searchParams)).toEqual({
            client_key: "clientkey1",
            scope: scopes.join(","),
            response_type: "code",
            redirect_uri: redirectUri,
            state,
            code_challenge: "chal",
            code_challenge_method: "S256",
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("tiktokConfigFromEnv", () => {
  it("names every missing credential", () => {
    const env = parseServerEnv(minimalEnvironment);
    expect(() => tiktokConfigFromEnv(env)).toThrow(
      new ProviderNotConfiguredError("TikTok", ["TIKTOK_CLIENT_KEY", "TIKTOK_CLIENT_SECRET"]),
    );
    expect(() => tiktokConfigFromEnv({ ...env, TIKTOK_CLIENT_KEY: "key" })).toThrow(
      "TikTok is not configured: set TIKTOK_CLIENT_SECRET.",
    );
  });

  it("builds the config from the environment", () => {
    const env = parseServerEnv({ ...minimalEnvironment, TIKTOK_CLIENT_KEY: "k", TIKTOK_CLIENT_SECRET: "s" });
    expect(tiktokConfigFromEnv(env)).toEqual({
      clientKey: "k",
      clientSecret: "s",
      webBaseUrl: "https://www.tiktok.com",
      apiBaseUrl: "https://open.tiktokapis.com",
    });
  });
});
