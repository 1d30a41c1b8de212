import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyInstagramResponse } from "@/lib/providers/instagram/classify-instagram-response";
import { codeExchangeResponseSchema, instagramProfileResponseSchema } from "@/lib/providers/instagram/instagram-responses";
import { mismatchOf } from "../../support/schema-mismatch";

const extraFields = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).map((name) => `x_${name}`),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 4 },
);
const scope = fc.constantFrom("instagram_business_basic", "instagram_business_content_publish", "instagram_business_manage_comments");
/** Small enough to survive a round trip through a JSON number. */
const userId = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

describe("Instagram code exchange answers", () => {
  it("read the documented data envelope and the flat shape, ids as text or numbers, permissions as text or a list", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        userId,
        fc.uniqueArray(scope),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        extraFields,
        (token, id, scopes, enveloped, idAsText, scopesAsText, extra) => {
          const entry = {
            ...extra,
            access_token: token,
            user_id: idAsText ? String(id) : id,
            permissions: scopesAsText ? scopes.join(",") : scopes,
          };
          const parsed = codeExchangeResponseSchema.parse(enveloped ? { data: [entry] } : entry);
          expect(parsed).toEqual({ accessToken: token, userId: String(id), scopes });
        },
      ),
    );
  });

  it("name a missing access token or user id", () => {
    expect(mismatchOf(codeExchangeResponseSchema, { data: [{ user_id: "1" }] })).toContain('field "access_token"');
    expect(mismatchOf(codeExchangeResponseSchema, { access_token: "IGAA" })).toContain('field "user_id"');
    expect(mismatchOf(codeExchangeResponseSchema, { data: [] })).toContain("body");
  });
});

describe("Instagram profiles", () => {
  const count = fc.nat({ max: 50_000_000 });

  it("read counts as numbers or text and tolerate extra fields", () => {
    fc.assert(
      fc.property(userId, fc.string({ minLength: 1 }), count, count, fc.boolean(), extraFields, (id, username, followers, media, asText, extra) => {
        const encode = (value: number) => (asText ? String(value) : value);
        const parsed = instagramProfileResponseSchema.parse({
          ...extra,
          id: "9000",
          user_id: String(id),
          username,
          account_type: "BUSINESS",
          followers_count: encode(followers),
          media_count: encode(media),
        });
        expect(parsed).toEqual({
          userId: String(id),
          username,
          name: null,
          accountType: "BUSINESS",
          profilePictureUrl: null,
          followersCount: followers,
          mediaCount: media,
        });
      }),
    );
  });

  it("name a missing user_id or username", () => {
    expect(mismatchOf(instagramProfileResponseSchema, { username: "a" })).toContain('field "user_id"');
    expect(mismatchOf(instagramProfileResponseSchema, { user_id: "1" })).toContain('field "username"');
  });
});

describe("Instagram error classification", () => {
  const head = (status: number) => ({ status, headers: new Headers() });

  it("reads api.instagram.com's OAuth errors by HTTP status, even when sent with 200", () => {
    fc.assert(
      fc.property(fc.string(), (message) => {
        const body = { error_type: "OAuthException", code: 400, error_message: message };
        expect(classifyInstagramResponse(head(400), body)).toEqual({ kind: "invalid_request", providerCode: "OAuthException", message });
        expect(classifyInstagramResponse(head(200), body)).toMatchObject({ kind: "invalid_request" });
        expect(classifyInstagramResponse(head(401), body)).toMatchObject({ kind: "auth" });
      }),
    );
  });

  it("reads Graph errors by their code, in Instagram's words", () => {
    const expired = { error: { message: "Session has expired", type: "OAuthException", code: 190, error_subcode: 463 } };
    expect(classifyInstagramResponse(head(400), expired)).toMatchObject({ kind: "auth", providerCode: "190/463" });
    expect(classifyInstagramResponse(head(400), expired)?.message).toMatch(/^Instagram must be reconnected: the access token expired/);
    expect(classifyInstagramResponse(head(400), { error: { code: 4 } })).toMatchObject({ kind: "rate_limited" });
    expect(classifyInstagramResponse(head(200), { access_token: "IGAA", user_id: "1" })).toBeNull();
  });
});
