import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyTikTokResponse, createUserInfoClassifier } from "../../../lib/providers/tiktok/classify-tiktok-response";
import { parseRateLimitResetSeconds } from "../../../lib/providers/tiktok/rate-limit-reset";
import { tiktokTokenResponseSchema, toTikTokTokenSet } from "../../../lib/providers/tiktok/token-set";
import { tiktokUserInfoResponseSchema } from "../../../lib/providers/tiktok/user-info";
import { mismatchOf } from "../../support/schema-mismatch";

/** A whole number the way a provider may send it: as a JSON number or as its decimal string. */
const wholeNumber = (min: number, max: number) =>
  fc.integer({ min, max }).chain((value) =>
    fc.constantFrom<{ value: number; sent: number | string }>({ value, sent: value }, { value, sent: String(value) }),
  );

/** Unknown fields TikTok may add; never one the parser reads, nor `error`, which marks a failure. */
const extraFields = (known: readonly string[]) =>
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).filter((name) => ![...known, "error", "__proto__"].includes(name)),
    fc.jsonValue(),
    { maxKeys: 4 },
  );

const token = fc.stringMatching(/^[A-Za-z0-9.*!_-]{8,40}$/);
const scopeName = fc.constantFrom("user.info.basic", "user.info.profile", "user.info.stats", "video.list", "video.publish");

const head = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

const TOKEN_FIELDS = ["access_token", "expires_in", "open_id", "refresh_expires_in", "refresh_token", "scope", "token_type"];

const tokenResponse = fc
  .record({
    accessToken: token,
    refreshToken: token,
    openId: token,
    expiresIn: wholeNumber(1, 10 * 86_400),
    refreshExpiresIn: wholeNumber(1, 400 * 86_400),
    scopes: fc.uniqueArray(scopeName, { minLength: 1 }),
    extra: extraFields(TOKEN_FIELDS),
  })
  .map((generated) => ({
    ...generated,
    requiredFields: {
      access_token: generated.accessToken,
      expires_in: generated.expiresIn.sent,
      open_id: generated.openId,
      refresh_expires_in: generated.refreshExpiresIn.sent,
      refresh_token: generated.refreshToken,
      scope: generated.scopes.join(","),
    },
  }));

describe("TikTok token response", () => {
  it("reads any valid answer into our token set, extra fields and string numbers included", () => {
    const issuedAt = new Date("2030-06-01T12:00:00Z");
    fc.assert(
      fc.property(tokenResponse, (generated) => {
        const body = { ...generated.extra, ...generated.requiredFields, token_type: "Bearer" };
        expect(toTikTokTokenSet(tiktokTokenResponseSchema.parse(body), issuedAt)).toEqual({
          accessToken: generated.accessToken,
          refreshToken: generated.refreshToken,
          openId: generated.openId,
          expiresAt: new Date(issuedAt.getTime() + generated.expiresIn.value * 1000),
          refreshExpiresAt: new Date(issuedAt.getTime() + generated.refreshExpiresIn.value * 1000),
          scopes: generated.scopes,
        });
      }),
    );
  });

  it("names the missing required field", () => {
    const required = ["access_token", "expires_in", "open_id", "refresh_expires_in", "refresh_token", "scope"] as const;
    fc.assert(
      fc.property(tokenResponse, fc.constantFrom(...required), (generated, missing) => {
        const body: Record<string, unknown> = { ...generated.requiredFields };
        delete body[missing];
        expect(mismatchOf(tiktokTokenResponseSchema, body)).toContain(`field "${missing}"`);
      }),
    );
  });

  it("splits scopes on commas, tolerating spaces", () => {
    const parsed = tiktokTokenResponseSchema.parse({
      access_token: "act.1",
      expires_in: 86400,
      open_id: "o",
      refresh_expires_in: "31536000",
      refresh_token: "rft.1",
      scope: "user.info.basic, video.list,,",
    });
    expect(toTikTokTokenSet(parsed, new Date(0)).scopes).toEqual(["user.info.basic", "video.list"]);
  });
});

const USER_FIELDS = [
  "open_id",
  "union_id",
  "avatar_url",
  "avatar_url_100",
  "avatar_large_url",
  "display_name",
  "bio_description",
  "profile_deep_link",
  "is_verified",
  "username",
  "follower_count",
  "following_count",
  "likes_count",
  "video_count",
];

describe("TikTok user info response", () => {
  const user = fc.record({
    openId: token,
    displayName: fc.option(fc.string(), { nil: undefined }),
    isVerified: fc.option(fc.boolean(), { nil: undefined }),
    followerCount: fc.option(wholeNumber(0, 2_000_000_000), { nil: undefined }),
    videoCount: fc.option(wholeNumber(0, 100_000), { nil: undefined }),
    extra: extraFields(USER_FIELDS),
    envelopeExtra: extraFields(["data"]),
  });

  it("reads the requested fields, tolerating extra fields and counts sent as strings", () => {
    fc.assert(
      fc.property(user, (generated) => {
        const body = {
          ...generated.envelopeExtra,
          data: {
            user: {
              ...generated.extra,
              open_id: generated.openId,
              display_name: generated.displayName,
              is_verified: generated.isVerified,
              follower_count: generated.followerCount?.sent,
              video_count: generated.videoCount?.sent,
            },
          },
        };
        expect(tiktokUserInfoResponseSchema.parse(body)).toEqual({
          openId: generated.openId,
          displayName: generated.displayName,
          isVerified: generated.isVerified,
          followerCount: generated.followerCount?.value,
          videoCount: generated.videoCount?.value,
        });
      }),
    );
  });

  it("treats null as absent", () => {
    const parsed = tiktokUserInfoResponseSchema.parse({ data: { user: { open_id: "o", display_name: null, likes_count: null } } });
    expect(parsed).toEqual({ openId: "o" });
  });

  it("names the missing open_id and a count that is not a whole number", () => {
    expect(mismatchOf(tiktokUserInfoResponseSchema, { data: { user: { display_name: "x" } } })).toContain(
      'field "data.user.open_id"',
    );
    expect(mismatchOf(tiktokUserInfoResponseSchema, { data: { user: { open_id: "o", follower_count: "12.5" } } })).toContain(
      'field "data.user.follower_count"',
    );
    expect(mismatchOf(tiktokUserInfoResponseSchema, { data: {} })).toContain('field "data.user"');
  });
});

describe("classifyTikTokResponse", () => {
  const envelope = (code: string, message = "") => ({ data: {}, error: { code, message, log_id: "LOG1" } });

  it("passes successes: a token body, an envelope with code ok, an empty revoke answer", () => {
    expect(classifyTikTokResponse(head(200), { access_token: "act.1" })).toBeNull();
    expect(classifyTikTokResponse(head(200), { data: { user: {} }, error: { code: "ok", message: "" } })).toBeNull();
    expect(classifyTikTokResponse(head(200), undefined)).toBeNull();
  });

  it.each([
    ["invalid_grant", "auth"],
    ["invalid_client", "auth"],
    ["invalid_request", "invalid_request"],
    ["unsupported_grant_type", "invalid_request"],
    ["server_error", "transient"],
  ] as const)("reads OAuth error %s as %s whatever the HTTP status", (error, kind) => {
    for (const status of [200, 400, 401]) {
      const failure = classifyTikTokResponse(head(status), { error, error_description: "Nope.", log_id: "LOG2" });
      expect(failure).toEqual({ kind, providerCode: error, message: `Nope. (${error}, log_id LOG2)` });
    }
  });

  it.each([
    ["access_token_invalid", 401, "auth"],
    ["scope_not_authorized", 401, "invalid_request"],
    ["internal_error", 500, "transient"],
    ["internal_error", 200, "transient"],
    ["invalid_params", 400, "invalid_request"],
  ] as const)("reads API error %s (HTTP %i) as %s", (code, status, kind) => {
    expect(classifyTikTokResponse(head(status), envelope(code, "Bad."))).toMatchObject({ kind, providerCode: code });
  });

  it("never takes an unknown error code for a success, nor an unknown key for a known one", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((code) => code !== "ok"), (code) => {
        const failure = classifyTikTokResponse(head(200), envelope(code));
        expect(failure).not.toBeNull();
        expect(typeof failure?.kind).toBe("string");
      }),
    );
    expect(classifyTikTokResponse(head(200), { error: "constructor" })).toMatchObject({ kind: "invalid_request" });
  });

  it("takes the wait from x-ratelimit-reset, else from Retry-After", () => {
    const limited = envelope("rate_limit_exceeded");
    expect(classifyTikTokResponse(head(429, { "x-ratelimit-reset": "42" }), limited)).toMatchObject({
      kind: "rate_limited",
      retryAfterSeconds: 42,
    });
    expect(classifyTikTokResponse(head(429, { "retry-after": "9" }), limited)).toMatchObject({ retryAfterSeconds: 9 });
    expect(classifyTikTokResponse(head(429), limited)).toMatchObject({ kind: "rate_limited", retryAfterSeconds: undefined });
  });

  it("falls back to the HTTP status for bodies without an error", () => {
    expect(classifyTikTokResponse(head(503), "<html>")).toMatchObject({ kind: "transient" });
    expect(classifyTikTokResponse(head(401), undefined)).toMatchObject({ kind: "auth" });
  });

  it("names the scopes the requested fields need on scope_not_authorized", () => {
    const classify = createUserInfoClassifier(["open_id", "bio_description", "follower_count"]);
    const failure = classify(head(401), envelope("scope_not_authorized", "The user did not authorize the scope."));
    expect(failure?.kind).toBe("invalid_request");
    expect(failure?.message).toContain("user.info.basic, user.info.profile, user.info.stats");
    expect(classify(head(401), envelope("access_token_invalid"))).toMatchObject({ kind: "auth" });
  });
});

describe("parseRateLimitResetSeconds", () => {
  it("reads a delay in seconds as is", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), (seconds) => {
      expect(parseRateLimitResetSeconds(String(seconds))).toBe(seconds);
    }));
  });

  it("reads a Unix time as the seconds left until then", () => {
    const nowMs = Date.UTC(2030, 0, 1);
    expect(parseRateLimitResetSeconds(String(nowMs / 1000 + 30), nowMs)).toBe(30);
    expect(parseRateLimitResetSeconds(String(nowMs / 1000 - 30), nowMs)).toBe(0);
  });

  it("ignores what it cannot read", () => {
    for (const value of [null, "", "soon", "-5", "1.5"]) expect(parseRateLimitResetSeconds(value)).toBeUndefined();
  });
});
