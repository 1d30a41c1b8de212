import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REDACTED, maskKnownSecrets, redactSecrets, redactUrl } from "../../../lib/providers/core/redaction";

describe("redactSecrets", () => {
  it("replaces every sensitive field, however deeply nested and however spelled", () => {
    const body = {
      key: "fampage-key",
      action: "add",
      client_secret: "shh",
      clientSecret: "shh",
      "Client-Secret": "shh",
      password: "hunter2",
      refresh_token: "rt",
      fb_exchange_token: "short",
      input_token: "tok",
      firebase_token: "fb",
      "token-id": "tid",
      Authorization: "Bearer x",
      data: [{ id: "page-1", name: "Page", access_token: "page-token" }],
      nested: { deeper: { api_key: "k", apiKey: "k2" } },
    };
    expect(redactSecrets(body)).toEqual({
      key: REDACTED,
      action: "add",
      client_secret: REDACTED,
      clientSecret: REDACTED,
      "Client-Secret": REDACTED,
      password: REDACTED,
      refresh_token: REDACTED,
      fb_exchange_token: REDACTED,
      input_token: REDACTED,
      firebase_token: REDACTED,
      "token-id": REDACTED,
      Authorization: REDACTED,
      data: [{ id: "page-1", name: "Page", access_token: REDACTED }],
      nested: { deeper: { api_key: REDACTED, apiKey: REDACTED } },
    });
  });

  it("hides whole objects and arrays held under a sensitive name", () => {
    expect(redactSecrets({ secret: { a: 1 }, tokens: ["x"], token: ["y"] })).toEqual({
      secret: REDACTED,
      tokens: ["x"],
      token: REDACTED,
    });
  });

  it("redacts an OAuth code but keeps numeric provider error codes readable", () => {
    expect(redactSecrets({ code: "AQD-oauth-code", error: { code: 190, error_subcode: 463 } })).toEqual({
      code: REDACTED,
      error: { code: 190, error_subcode: 463 },
    });
  });

  it("keeps absent values visible", () => {
    expect(redactSecrets({ access_token: null, refresh_token: undefined })).toEqual({
      access_token: null,
      refresh_token: undefined,
    });
  });

  it("masks known secret values wherever they appear in strings", () => {
    const redacted = redactSecrets({ message: "Invalid API key re_live_123 supplied", list: ["re_live_123"] }, [
      "re_live_123",
    ]);
    expect(redacted).toEqual({ message: `Invalid API key ${REDACTED} supplied`, list: [REDACTED] });
  });

  it("does not modify its input", () => {
    const body = { password: "p", nested: { token: "t" } };
    redactSecrets(body, ["p"]);
    expect(body).toEqual({ password: "p", nested: { token: "t" } });
  });

  it("never lets a known secret through, whatever the structure", () => {
    const secretArbitrary = fc.string({ minLength: 8, maxLength: 40 }).filter((secret) => secret.trim().length >= 8);
    fc.assert(
      fc.property(secretArbitrary, fc.jsonValue(), fc.string(), fc.string(), (secret, json, prefix, field) => {
        const body = { wrapper: json, [field]: `${prefix}${secret}${prefix}`, list: [secret, { x: secret }] };
        expect(JSON.stringify(redactSecrets(body, [secret]))).not.toContain(secret);
      }),
    );
  });
});

describe("maskKnownSecrets", () => {
  it("masks raw, URL-encoded and form-encoded spellings", () => {
    const secret = "app|s3cr et/+";
    const text = `a=${secret} b=${encodeURIComponent(secret)} c=${new URLSearchParams({ s: secret }).toString().slice(2)}`;
    expect(maskKnownSecrets(text, [secret])).toBe(`a=${REDACTED} b=${REDACTED} c=${REDACTED}`);
  });

  it("ignores empty secrets", () => {
    expect(maskKnownSecrets("unchanged", [""])).toBe("unchanged");
  });
});

describe("redactUrl", () => {
  it("redacts sensitive query parameters and keeps the rest", () => {
    const url =
      "https://graph.facebook.com/v21.0/oauth/access_token?client_id=123&client_secret=abc&code=AQD&redirect_uri=https%3A%2F%2Fapp&fb_exchange_token=short";
    expect(redactUrl(url)).toBe(
      `https://graph.facebook.com/v21.0/oauth/access_token?client_id=123&client_secret=${REDACTED}&code=${REDACTED}&redirect_uri=https%3A%2F%2Fapp&fb_exchange_token=${REDACTED}`,
    );
  });

  it("redacts debug_token's input_token and app access token", () => {
    expect(redactUrl("https://g/debug_token?input_token=t1&access_token=app%7Csecret")).toBe(
      `https://g/debug_token?input_token=${REDACTED}&access_token=${REDACTED}`,
    );
  });

  it("masks a known secret in the path (Telegram bot token)", () => {
    const token = "123456:ABC-def";
    expect(redactUrl(`https://api.telegram.org/bot${token}/sendMessage`, [token])).toBe(
      `https://api.telegram.org/bot${REDACTED}/sendMessage`,
    );
  });

  it("leaves URLs without secrets alone, fragment included", () => {
    const url = "https://example.com/a?b=1&c&d=2#frag";
    expect(redactUrl(url)).toBe(url);
  });
});
