import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { describeSchemaMismatch } from "../../../lib/providers/core/schema-mismatch";
import { ghlContactResponseSchema } from "../../../lib/providers/ghl/contacts";
import { createGhlClient } from "../../../lib/providers/ghl";
import type { GhlClientConfig } from "../../../lib/providers/ghl/config";
import { readJwtExpiry } from "../../../lib/providers/ghl/jwt-expiry";
import { ghlLocationResponseSchema } from "../../../lib/providers/ghl/locations";
import { demandsTwoFactor, ghlSubaccountLoginResponseSchema } from "../../../lib/providers/ghl/subaccount-login";
import { ghlTokenResponseSchema, toGhlTokenSet } from "../../../lib/providers/ghl/token-set";
import { ghlUserResponseSchema } from "../../../lib/providers/ghl/users";
import { providerErrorOf } from "../../support/provider-error";

/** Extra fields a provider may add at any time; never one of the fields the schema reads. */
const extraFields = (known: readonly string[]) =>
  fc.dictionary(
    fc.string({ minLength: 1 }).filter((name) => !known.includes(name) && name !== "__proto__"),
    fc.jsonValue(),
    { maxKeys: 5 },
  );

const nonEmptyText = fc.string({ minLength: 1 });
const countVariant = (min: number, max: number) =>
  fc.integer({ min, max }).chain((value) => fc.constantFrom<number | string>(value, String(value)));

function parseOrMismatch<TSchema extends z.ZodType>(schema: TSchema, body: unknown): z.output<TSchema> | string {
  const result = schema.safeParse(body);
  return result.success ? result.data : describeSchemaMismatch(result.error);
}

const issueTime = fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true });

const tokenFields = ["access_token", "refresh_token", "expires_in", "scope", "userType", "companyId", "locationId", "userId"];

const tokenResponse = fc.record({
  access_token: nonEmptyText,
  refresh_token: nonEmptyText,
  expires_in: countVariant(1, 10_000_000),
  scope: fc.string(),
  userType: fc.constantFrom("Company", "Location", "company", "LOCATION"),
  companyId: fc.option(fc.string(), { nil: null }),
  locationId: fc.option(fc.string(), { nil: null }),
  userId: fc.option(nonEmptyText, { nil: undefined }),
});

describe("GHL token response", () => {
  it("reads any valid answer into a token set, whatever extra fields and number spellings", () => {
    fc.assert(
      fc.property(tokenResponse, extraFields(tokenFields), issueTime, (body, extras, issuedAt) => {
        const parsed = ghlTokenResponseSchema.parse({ ...extras, ...body });
        const tokens = toGhlTokenSet(parsed, "Company", issuedAt);

        expect(tokens.accessToken).toBe(body.access_token);
        expect(tokens.refreshToken).toBe(body.refresh_token);
        expect(tokens.expiresAt.getTime() - issuedAt.getTime()).toBe(Number(body.expires_in) * 1000);
        expect(tokens.userType).toBe(body.userType.toLowerCase() === "company" ? "Company" : "Location");
        expect(tokens.companyId).toBe(body.companyId || undefined);
        expect(tokens.locationId).toBe(body.locationId || undefined);
      }),
    );
  });

  it("falls back to the requested user type and an empty scope when the answer omits them", () => {
    const parsed = ghlTokenResponseSchema.parse({ access_token: "a", refresh_token: "r", expires_in: "86399" });
    expect(toGhlTokenSet(parsed, "Location", new Date(0))).toMatchObject({ userType: "Location", scope: "" });
  });

  it("names the missing or malformed required field", () => {
    fc.assert(
      fc.property(tokenResponse, fc.constantFrom("access_token", "refresh_token", "expires_in"), (body, dropped) => {
        const { [dropped]: _removed, ...rest } = body;
        expect(parseOrMismatch(ghlTokenResponseSchema, rest)).toContain(`field "${dropped}"`);
      }),
    );
    expect(parseOrMismatch(ghlTokenResponseSchema, { access_token: "a", refresh_token: "r", expires_in: "soon" })).toContain(
      'field "expires_in"',
    );
    expect(
      parseOrMismatch(ghlTokenResponseSchema, { access_token: "a", refresh_token: "r", expires_in: 1, userType: "Agency" }),
    ).toContain('field "userType"');
  });
});

describe("GHL resource responses", () => {
  it("read a location, ignoring extra fields, and name what is missing", () => {
    const location = fc.record({ id: nonEmptyText, companyId: nonEmptyText, name: fc.string() });
    const dropped = fc.constantFrom("id", "companyId", "name");
    fc.assert(
      fc.property(location, extraFields(["id", "companyId", "name"]), dropped, (body, extras, droppedField) => {
        expect(ghlLocationResponseSchema.parse({ ...extras, ...body })).toEqual(body);
        const { [droppedField]: _removed, ...rest } = body;
        expect(parseOrMismatch(ghlLocationResponseSchema, { ...extras, ...rest })).toContain(`field "${droppedField}"`);
      }),
    );
  });

  it("read a user, with or without sub-accounts, and name what is missing", () => {
    const user = fc.record({
      id: nonEmptyText,
      name: fc.string(),
      email: fc.string(),
      roles: fc.record({
        type: fc.constantFrom("account", "agency"),
        role: fc.constantFrom("admin", "user"),
        locationIds: fc.option(fc.array(fc.string()), { nil: null }),
      }),
    });
    fc.assert(
      fc.property(user, extraFields(["id", "name", "email", "roles"]), (body, extras) => {
        const parsed = ghlUserResponseSchema.parse({ ...extras, ...body });
        expect(parsed.roles.locationIds).toEqual(body.roles.locationIds ?? []);
        const { roles: _roles, ...withoutRoles } = body;
        expect(parseOrMismatch(ghlUserResponseSchema, withoutRoles)).toContain('field "roles"');
        expect(parseOrMismatch(ghlUserResponseSchema, { ...body, roles: { ...body.roles, role: 7 } })).toContain(
          'field "roles.role"',
        );
      }),
    );
  });

  it("read a contact from its wrapper and name the id when missing", () => {
    fc.assert(
      fc.property(nonEmptyText, extraFields(["contact"]), extraFields(["id"]), (id, outer, inner) => {
        expect(ghlContactResponseSchema.parse({ ...outer, contact: { ...inner, id } }).contact.id).toBe(id);
        expect(parseOrMismatch(ghlContactResponseSchema, { ...outer, contact: inner })).toContain('field "contact.id"');
      }),
    );
  });
});

function jwtWithClaims(claims: unknown): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "RS256" })}.${encode(claims)}.c2lnbmF0dXJl`;
}

describe("GHL sub-account sign-in response", () => {
  const tokenName = fc.constantFrom("firebase_token", "firebaseToken");
  const accessName = fc.constantFrom("access_token", "accessToken");

  it("finds the firebase and access tokens in snake or camel case, at the top or under data", () => {
    fc.assert(
      fc.property(
        fc.record({ firebase: nonEmptyText, access: nonEmptyText }),
        fc.record({ firebaseField: tokenName, accessField: accessName, nested: fc.boolean() }),
        extraFields(["firebase_token", "firebaseToken", "access_token", "accessToken", "data"]),
        ({ firebase, access }, { firebaseField, accessField, nested }, extras) => {
          const fields = { [firebaseField]: firebase, [accessField]: access };
          const body = nested ? { ...extras, data: fields } : { ...extras, ...fields };
          expect(ghlSubaccountLoginResponseSchema.parse(body)).toMatchObject({ firebaseToken: firebase, accessToken: access });
        },
      ),
    );
  });

  it("names firebase_token when no token came", () => {
    fc.assert(
      fc.property(extraFields(["firebase_token", "firebaseToken", "data"]), (extras) => {
        expect(parseOrMismatch(ghlSubaccountLoginResponseSchema, { ...extras, firebase_token: "" })).toContain(
          'field "firebase_token"',
        );
      }),
    );
  });

  it("reads the firebase token's expiry from its exp claim, and nothing from a non-JWT", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4_000_000_000 }), (exp) => {
        expect(readJwtExpiry(jwtWithClaims({ exp, sub: "u" }))?.getTime()).toBe(exp * 1000);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => readJwtExpiry(text)).not.toThrow();
      }),
    );
    expect(readJwtExpiry(jwtWithClaims({ sub: "no exp" }))).toBeUndefined();
  });

  it("recognises a demand for a two-factor code by flag or wording, never when a token came", () => {
    const flag = fc.constantFrom("requiresOtp", "otpRequired", "requires_2fa", "twoFactorRequired", "mfa_required");
    fc.assert(
      fc.property(flag, extraFields(["firebase_token", "firebaseToken", "message", "msg", "error"]), (name, extras) => {
        expect(demandsTwoFactor({ ...extras, [name]: true })).toBe(true);
        expect(demandsTwoFactor({ ...extras, [name]: true, firebase_token: "t" })).toBe(false);
      }),
    );
    expect(demandsTwoFactor({ message: "Enter the verification code sent to your email" })).toBe(true);
    expect(demandsTwoFactor({ statusCode: 401, message: "Invalid email or password" })).toBe(false);
    expect(demandsTwoFactor(["otp required"])).toBe(false);
  });
});

describe("GHL client on a malformed answer", () => {
  const config: GhlClientConfig = {
    clientId: "client",
    clientSecret: "client-secret-9d1",
    authorizeUrl: "https://marketplace.test/oauth/chooselocation",
    apiBaseUrl: "https://services.test",
    backendUrl: "https://backend.test",
    scopes: ["locations.write"],
  };

  it("raises an unexpected ProviderError naming the missing field", async () => {
    const fetchImpl = async () =>
      new Response(JSON.stringify({ access_token: "fresh-access-7", expires_in: 86399 }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    const ghl = createGhlClient(config, { fetch: fetchImpl });

    const error = await providerErrorOf(ghl.refreshGhlToken({ refreshToken: "old-refresh-3", userType: "Company" }));
    expect(error).toMatchObject({ kind: "unexpected", action: "refresh_token" });
    expect(error.message).toContain('field "refresh_token"');
  });
});
