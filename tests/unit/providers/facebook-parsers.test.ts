import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accessTokenResponseSchema } from "@/lib/providers/facebook/access-token-response";
import {
  debugTokenResponseSchema,
  instagramBusinessProfileResponseSchema,
  managedPagesResponseSchema,
  pageInstagramAccountResponseSchema,
} from "@/lib/providers/facebook/facebook-responses";
import { mismatchOf } from "../../support/schema-mismatch";

/** Fields Graph might add one day; they must never break parsing. */
const extraFields = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).map((name) => `x_${name}`),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 4 },
);

const graphId = fc.bigInt({ min: 1n, max: 10n ** 17n }).map(String);
/** A count as Graph may send it: a JSON number or its decimal text. */
const countVariant = fc.nat({ max: 10_000_000 }).chain((count) => fc.constantFrom<[number, number | string]>([count, count], [count, String(count)]));

describe("access token answers", () => {
  it("read the token and expires_in as a number or as text, ignoring extra fields", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), countVariant, extraFields, (token, [expiresIn, sent], extra) => {
        const parsed = accessTokenResponseSchema.parse({ ...extra, access_token: token, token_type: "bearer", expires_in: sent });
        expect(parsed).toEqual({ accessToken: token, expiresInSeconds: expiresIn });
      }),
    );
  });

  it("say a token without expires_in does not expire", () => {
    expect(accessTokenResponseSchema.parse({ access_token: "EAAtoken" })).toEqual({ accessToken: "EAAtoken", expiresInSeconds: null });
  });

  it("name a missing or empty access_token", () => {
    fc.assert(
      fc.property(extraFields, fc.constantFrom(undefined, ""), (extra, token) => {
        expect(mismatchOf(accessTokenResponseSchema, { ...extra, access_token: token, expires_in: 60 })).toContain('field "access_token"');
      }),
    );
  });
});

const pageEntry = fc.record({
  id: graphId,
  name: fc.string(),
  access_token: fc.string({ minLength: 1 }),
  tasks: fc.option(fc.array(fc.constantFrom("MANAGE", "CREATE_CONTENT", "MODERATE")), { nil: undefined }),
});

const nextPageLink = graphId.map((cursor) => `https://graph.facebook.com/v21.0/me/accounts?limit=100&after=${cursor}`);

describe("me/accounts answers", () => {
  it("read every Page with its token and tasks, and the next page link", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pageEntry, extraFields), { maxLength: 8 }), fc.option(nextPageLink, { nil: undefined }), (entries, next) => {
        const body = {
          data: entries.map(([entry, extra]) => ({ ...extra, ...entry })),
          paging: { cursors: { before: "MA==", after: "MQ==" }, next },
        };
        const parsed = managedPagesResponseSchema.parse(body);
        expect(parsed.nextPageUrl).toBe(next ?? null);
        expect(parsed.pages).toEqual(
          entries.map(([entry]) => ({ id: entry.id, name: entry.name, accessToken: entry.access_token, tasks: entry.tasks ?? [] })),
        );
      }),
    );
  });

  it("accept numeric ids and a missing paging object", () => {
    const parsed = managedPagesResponseSchema.parse({ data: [{ id: 42, name: "Shop", access_token: "EAApage" }] });
    expect(parsed).toEqual({ pages: [{ id: "42", name: "Shop", accessToken: "EAApage", tasks: [] }], nextPageUrl: null });
  });

  it("name the missing field of the Page that lacks it", () => {
    fc.assert(
      fc.property(fc.array(pageEntry, { minLength: 1, maxLength: 5 }), fc.nat(), fc.constantFrom("id", "name", "access_token"), (entries, seed, field) => {
        const broken = seed % entries.length;
        const data = entries.map((entry, index) => (index === broken ? { ...entry, [field]: undefined } : entry));
        expect(mismatchOf(managedPagesResponseSchema, { data })).toContain(`field "data[${broken}].${field}"`);
      }),
    );
  });
});

describe("a Page's Instagram business account", () => {
  it("is the linked account's id, or null when there is none", () => {
    fc.assert(
      fc.property(graphId, graphId, extraFields, (pageId, instagramId, extra) => {
        expect(pageInstagramAccountResponseSchema.parse({ ...extra, id: pageId, instagram_business_account: { id: instagramId } })).toBe(instagramId);
        expect(pageInstagramAccountResponseSchema.parse({ ...extra, id: pageId })).toBeNull();
        expect(pageInstagramAccountResponseSchema.parse({ ...extra, id: pageId, instagram_business_account: null })).toBeNull();
      }),
    );
  });
});

describe("Instagram business profiles", () => {
  it("read counts as numbers or text and optional fields as null", () => {
    fc.assert(
      fc.property(graphId, fc.string({ minLength: 1 }), fc.option(countVariant, { nil: undefined }), extraFields, (id, username, followers, extra) => {
        const parsed = instagramBusinessProfileResponseSchema.parse({ ...extra, id, username, followers_count: followers?.[1] });
        expect(parsed).toEqual({ id, username, name: null, profilePictureUrl: null, followersCount: followers?.[0] ?? null });
      }),
    );
  });

  it("name a missing username and refuse a fractional follower count", () => {
    expect(mismatchOf(instagramBusinessProfileResponseSchema, { id: "1" })).toContain('field "username"');
    expect(mismatchOf(instagramBusinessProfileResponseSchema, { id: "1", username: "a", followers_count: "12.5" })).toContain(
      'field "followers_count"',
    );
  });
});

describe("debug_token answers", () => {
  const unixSeconds = fc.integer({ min: 1, max: 4_000_000_000 });

  it("turn Unix seconds into dates, where 0 means never", () => {
    fc.assert(
      fc.property(unixSeconds, fc.constantFrom<(seconds: number) => number | string>((s) => s, String), extraFields, (seconds, encode, extra) => {
        const parsed = debugTokenResponseSchema.parse({
          data: { ...extra, is_valid: true, expires_at: encode(seconds), data_access_expires_at: 0, scopes: ["pages_show_list"], user_id: "7", type: "USER" },
        });
        expect(parsed).toMatchObject({
          isValid: true,
          expiresAt: new Date(seconds * 1000),
          dataAccessExpiresAt: null,
          scopes: ["pages_show_list"],
          userId: "7",
          type: "USER",
          invalidReason: null,
        });
      }),
    );
  });

  it("explain an invalid token from its subcode, whatever else the error says", () => {
    const parsed = debugTokenResponseSchema.parse({
      data: { is_valid: false, scopes: [], error: { code: 190, subcode: 460, message: "Error validating access token: EAAsecret" } },
    });
    expect(parsed).toMatchObject({ isValid: false, expiresAt: null, userId: null, invalidReason: "the user changed their password or the session was invalidated" });
    expect(JSON.stringify(parsed)).not.toContain("EAAsecret");
    expect(debugTokenResponseSchema.parse({ data: { is_valid: false, error: "odd" } }).invalidReason).toBe("the access token is invalid");
  });

  it("name a missing is_valid", () => {
    expect(mismatchOf(debugTokenResponseSchema, { data: { scopes: [] } })).toContain('field "data.is_valid"');
  });
});
