import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseServerEnv } from "@/lib/env";
import { minimalEnvironment } from "../support/minimal-environment";


describe("parseServerEnv", () => {
  it("fills defaults for optional variables", () => {
    expect(parseServerEnv(minimalEnvironment)).toMatchObject({ APP_URL: "http://localhost:3000", NODE_ENV: "development" });
  });

  it("names every missing or malformed variable, treating blank as missing", () => {
    const attempt = () => parseServerEnv({ ...minimalEnvironment, DATABASE_URL: "", AUTH_SECRET: "short", RESEND_BASE_URL: "nope" });
    expect(attempt).toThrow(InvalidEnvironmentError);
    expect(attempt).toThrow(/DATABASE_URL is required/);
    expect(attempt).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(attempt).toThrow(/RESEND_BASE_URL must be a URL/);
  });

  it("never echoes a value, which may be a secret", () => {
    try {
      parseServerEnv({ ...minimalEnvironment, RESEND_API_KEY: "sk_live_should_not_leak" });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toMatch(/RESEND_API_KEY must be a Resend API key/);
      expect(String(error)).not.toContain("sk_live_should_not_leak");
    }
  });

  it("trusts no proxy outside production unless told", () => {
    expect(parseServerEnv(minimalEnvironment).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseServerEnv({ ...minimalEnvironment, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
  });

  it("refuses to start in production without an explicit TRUSTED_PROXY_HOPS", () => {
    const production = { ...minimalEnvironment, NODE_ENV: "production" };
    expect(() => parseServerEnv(production)).toThrow(/TRUSTED_PROXY_HOPS is required in production/);
    expect(parseServerEnv({ ...production, TRUSTED_PROXY_HOPS: "0" }).TRUSTED_PROXY_HOPS).toBe(0);
  });
});
