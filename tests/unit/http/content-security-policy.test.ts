import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, generateNonce, oauthConsentOrigins } from "@/lib/http/content-security-policy";

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with this response's nonce in production", () => {
    const policy = contentSecurityPolicy("abc123", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows eval and the dev server's socket in development only", () => {
    const policy = contentSecurityPolicy("n", true);
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toMatch(/connect-src 'self' ws: wss:/);
  });

  it("lets a Connect form be redirected to the providers' consent pages, and nowhere else", () => {
    const origins = oauthConsentOrigins({
      GHL_AUTHORIZE_URL: "https://marketplace.gohighlevel.com/oauth/chooselocation",
      FACEBOOK_WEB_BASE_URL: "https://www.facebook.com",
      INSTAGRAM_WEB_BASE_URL: "not a url",
      TIKTOK_WEB_BASE_URL: undefined,
    });
    expect(origins).toEqual(["https://marketplace.gohighlevel.com", "https://www.facebook.com"]);
    expect(contentSecurityPolicy("n", false, origins)).toContain("form-action 'self' https://marketplace.gohighlevel.com https://www.facebook.com;");
    expect(contentSecurityPolicy("n", false)).toContain("form-action 'self';");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, generateNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
