import { beforeEach, describe, expect, it } from "vitest";
import {
  createGhlClient,
  ghlConfigFromEnv,
  type GhlApi,
  type GhlClient,
  type GhlRateLimitStatus,
  type GhlTokenSet,
} from "../../../lib/providers/ghl";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { approveSandboxConsent } from "../../../sandbox/providers/ghl/consent-flow";
import { createGhlSandboxControl } from "../../../sandbox/providers/ghl/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const REDIRECT_URI = "http://localhost:3000/oauth/ghl/callback";
const USER_PASSWORD = "Sandbox-Passw0rd!";

const { sandboxUrl, control, sandboxEnv, records, clientDependencies, rememberSecrets, providerErrorOf } = setUpProviderContract();
const ghlControl = createGhlSandboxControl(sandboxUrl);

let rateLimits: GhlRateLimitStatus[];
let ghl: GhlClient;
let agency: GhlTokenSet;
let companyId: string;

beforeEach(async () => {
  rateLimits = [];
  const config = { ...ghlConfigFromEnv(sandboxEnv()), timeoutMs: 300 };
  ghl = createGhlClient(config, { ...clientDependencies, onRateLimit: (status) => void rateLimits.push(status) });
  const callback = await approveSandboxConsent(ghl.buildGhlAuthorizationUrl({ state: "s", redirectUri: REDIRECT_URI }));
  const code = callback.searchParams.get("code") ?? "";
  agency = await ghl.exchangeGhlCode({ code, redirectUri: REDIRECT_URI, userType: "Company" });
  companyId = agency.companyId ?? "";
  rememberSecrets(config.clientSecret, code, agency.accessToken, agency.refreshToken, USER_PASSWORD);
});

const agencyApi = (): GhlApi => ghl.withAccessToken(agency.accessToken);

async function locationApi(locationId: string): Promise<GhlApi> {
  const token = await agencyApi().getLocationToken({ companyId, locationId });
  rememberSecrets(token.accessToken);
  return ghl.withAccessToken(token.accessToken);
}

const userInput = (locationId: string, email = "soma+loc@agency.test") => ({
  companyId,
  firstName: "Soma",
  lastName: "Bot",
  email,
  password: USER_PASSWORD,
  locationIds: [locationId],
});

describe("GHL API against the sandbox", () => {
  it("creates a sub-account and reports it in our shape", async () => {
    const location = await agencyApi().createLocation({ name: "Acme Growth", companyId, timezone: "Europe/Paris" });

    expect(location).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9]{20}$/), companyId, name: "Acme Growth" });
    expect((await ghlControl.locations()).filter((stored) => stored.id === location.id)).toMatchObject([
      { id: location.id, details: { timezone: "Europe/Paris" } },
    ]);
    const [request] = await control.requests({ provider: "ghl", path: "/api/locations" });
    expect(request?.headers).toMatchObject({ version: "2021-07-28", authorization: "Bearer [REDACTED]" });
  });

  it("mints a sub-account token from the agency token", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const token = await agencyApi().getLocationToken({ companyId, locationId: location.id }, { companyId: "our-company-7" });
    rememberSecrets(token.accessToken);

    expect(token).toMatchObject({ locationId: location.id, companyId, scope: agency.scope });
    expect(token.expiresAt.getTime()).toBeGreaterThan(Date.now() + 86_000_000);
    expect(records.at(-1)).toMatchObject({ action: "get_location_token", companyId: "our-company-7" });
  });

  it("creates a sub-account user, never logging the password", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const user = await agencyApi().createUser(userInput(location.id));

    expect(user).toEqual({
      id: expect.any(String),
      name: "Soma Bot",
      email: "soma+loc@agency.test",
      roles: { type: "account", role: "admin", locationIds: [location.id] },
    });
    expect(await ghlControl.users()).toMatchObject([{ id: user.id, email: "soma+loc@agency.test" }]);
    expect(records.at(-1)?.requestBody).toMatchObject({ password: "[REDACTED]", email: "soma+loc@agency.test" });
  });

  it("creates a contact with the sub-account's token", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const api = await locationApi(location.id);

    const contact = await api.createContact({ locationId: location.id, firstName: "Ada", email: "ada@client.test", tags: ["lead"] });

    expect(contact).toEqual({ id: expect.any(String) });
    expect(await ghlControl.contacts()).toMatchObject([{ id: contact.id, locationId: location.id, tags: ["lead"] }]);
  });

  it("upserts a contact: the same e-mail updates the existing one instead of adding a second", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const api = await locationApi(location.id);

    const first = await api.upsertContact({ locationId: location.id, firstName: "Ada", email: "ada@client.test", tags: ["lead"] });
    const second = await api.upsertContact({ locationId: location.id, firstName: "Ada L.", email: "ADA@client.test", tags: ["vip"] });

    expect(first).toEqual({ id: expect.any(String), created: true });
    expect(second).toEqual({ id: first.id, created: false });
    expect(await ghlControl.contacts()).toMatchObject([{ id: first.id, firstName: "Ada L.", tags: ["lead", "vip"] }]);
  });

  it("adds notes and tags to a contact with its sub-account's token", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const api = await locationApi(location.id);
    const contact = await api.upsertContact({ locationId: location.id, email: "ada@client.test", tags: ["lead"] });

    const note = await api.addContactNote({ contactId: contact.id, body: "Order placed\n[ref 1]" });
    expect(note).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9]{20}$/), body: "Order placed\n[ref 1]" });
    expect(await api.listContactNotes(contact.id)).toEqual([note]);
    expect(await api.addContactTags({ contactId: contact.id, tags: ["paid", "lead"] })).toEqual(["lead", "paid"]);
    expect(await api.addContactTags({ contactId: contact.id, tags: ["paid"] })).toEqual(["lead", "paid"]);
    expect(await ghlControl.counters()).toMatchObject({ notesCreated: 1, tagsAdded: 1 });
    expect(await ghlControl.notes()).toMatchObject([{ id: note.id, contactId: contact.id, locationId: location.id }]);
  });

  it("refuses notes and tags like GoHighLevel: unknown contact, another sub-account, agency token, bad bodies", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const other = await agencyApi().createLocation({ name: "Other", companyId });
    const api = await locationApi(location.id);
    const contact = await api.upsertContact({ locationId: location.id, email: "ada@client.test" });

    expect(await providerErrorOf(api.addContactNote({ contactId: "unknownContact00000", body: "x" }))).toMatchObject({ kind: "invalid_request", httpStatus: 404 });
    expect(await providerErrorOf((await locationApi(other.id)).addContactTags({ contactId: contact.id, tags: ["x"] }))).toMatchObject({ httpStatus: 403 });
    expect(await providerErrorOf(agencyApi().listContactNotes(contact.id))).toMatchObject({ kind: "auth", httpStatus: 401 });
    expect(await providerErrorOf(api.addContactTags({ contactId: contact.id, tags: [] }))).toMatchObject({ httpStatus: 422, message: expect.stringContaining("tags should not be empty") });

    const { accessToken } = await agencyApi().getLocationToken({ companyId, locationId: location.id });
    rememberSecrets(accessToken);
    const post = (path: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, version: "2021-07-28" }) =>
      fetch(`${ghlConfigFromEnv(sandboxEnv()).apiBaseUrl}/contacts/${contact.id}/${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    expect(await (await post("notes", { body: "" })).json()).toEqual({ statusCode: 422, message: ["body should not be empty"], error: "Unprocessable Entity" });
    expect(await (await post("notes", { body: "x", contactId: contact.id })).json()).toMatchObject({ statusCode: 422, message: ["property contactId should not exist"] });
    expect(await (await post("tags", { tags: "paid" })).json()).toMatchObject({ statusCode: 422, message: ["each value in tags must be a string"] });
    expect((await post("notes", { body: "x" }, { authorization: `Bearer ${accessToken}` })).status).toBe(400);
    expect((await post("notes", { body: "x" }, { version: "2021-07-28" })).status).toBe(401);
    expect(await ghlControl.notes()).toEqual([]);
  });

  it("finds a sub-account by its prospect e-mail and a user by e-mail", async () => {
    const prospectInfo = { firstName: "Ops", lastName: "Desk", email: "ops+acme@agency.test" };
    const location = await agencyApi().createLocation({ name: "Acme", companyId, prospectInfo });
    const user = await agencyApi().createUser(userInput(location.id, "ops+acme@agency.test"));

    expect(await agencyApi().searchLocations({ companyId, email: "ops+acme@agency.test" })).toEqual([
      { id: location.id, companyId, name: "Acme" },
    ]);
    expect(await agencyApi().searchLocations({ companyId, email: "nobody@agency.test" })).toEqual([]);
    expect(await agencyApi().searchUsers({ companyId, query: "ops+acme@agency.test" })).toEqual([
      { id: user.id, email: "ops+acme@agency.test" },
    ]);
  });

  it("refuses a contact created with the agency token as an auth failure", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const error = await providerErrorOf(agencyApi().createContact({ locationId: location.id, firstName: "Ada" }));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401 });
    expect(error.message).toContain("authClass");
  });

  it("turns 422 message lists into one readable invalid_request message", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    const error = await providerErrorOf(
      agencyApi().createUser({ ...userInput(location.id, "not-an-email"), password: "short" }),
    );
    expect(error).toMatchObject({ kind: "invalid_request", httpStatus: 422 });
    expect(error.message).toBe("email must be an email; password must be longer than or equal to 8 characters");
  });

  it("deletes a sub-account, and deleting it again still succeeds", async () => {
    const location = await agencyApi().createLocation({ name: "Half provisioned", companyId });

    await agencyApi().deleteLocation(location.id);
    await agencyApi().deleteLocation(location.id);

    expect((await ghlControl.locations()).map((stored) => stored.id)).not.toContain(location.id);
    expect((await ghlControl.counters()).locationsDeleted).toBe(1);
    const deletes = await control.requests({ provider: "ghl", path: "/api/locations/*" });
    expect(deletes.map((request) => request.query)).toEqual([{ deleteTwilioAccount: "true" }, { deleteTwilioAccount: "true" }]);
  });

  it("reports rate-limit headers, answers 429 past 100 requests per 10 s, and recovers after the window", async () => {
    const location = await agencyApi().createLocation({ name: "Busy", companyId });
    const api = await locationApi(location.id);
    for (let index = 0; index < 100; index++) await api.createContact({ locationId: location.id, firstName: `C${index}` });

    const error = await providerErrorOf(api.createContact({ locationId: location.id, firstName: "One too many" }));
    expect(error).toMatchObject({ kind: "rate_limited", httpStatus: 429, retryable: true });
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect(await control.requests({ provider: "ghl", path: "/api/contacts" })).toHaveLength(101);
    expect(rateLimits.at(-2)).toEqual({ max: 100, remaining: 0, intervalMs: 10_000, dailyLimit: 200_000, dailyRemaining: 199_900 });

    await control.advanceClock(10);
    await expect(api.createContact({ locationId: location.id, firstName: "Later" })).resolves.toEqual({ id: expect.any(String) });
    expect(rateLimits.at(-1)).toMatchObject({ remaining: 99 });
  });

  it("counts the agency's requests apart from each sub-account's", async () => {
    const location = await agencyApi().createLocation({ name: "Acme", companyId });
    await locationApi(location.id);
    expect(rateLimits.map((status) => status.remaining)).toEqual([99, 98]);

    await (await locationApi(location.id)).createContact({ locationId: location.id });
    expect(rateLimits.at(-1)?.remaining).toBe(99);
  });

  describe("faults on creates: typed error, sent exactly once", () => {
    const creates = {
      "/api/locations": () => agencyApi().createLocation({ name: "Acme", companyId }),
      "/api/users": async () => agencyApi().createUser(userInput((await agencyApi().createLocation({ name: "U", companyId })).id)),
      "/api/contacts": async () => {
        const location = await agencyApi().createLocation({ name: "C", companyId });
        return (await locationApi(location.id)).createContact({ locationId: location.id, firstName: "Ada" });
      },
    };
    const cases = Object.keys(creates).flatMap((path) =>
      (
        [
          ["http_500", { kind: "transient", httpStatus: 500 }],
          ["rate_limit", { kind: "rate_limited", httpStatus: 429, retryAfterSeconds: 9 }],
          ["timeout", { kind: "transient", ambiguous: true }],
          ["malformed_json", { kind: "unexpected", httpStatus: 200 }],
          ["error_200", { kind: "transient", httpStatus: 200 }],
        ] as const
      ).map(([mode, expected]) => [path as keyof typeof creates, mode, expected] as const),
    );

    it.each(cases)("%s with %s", async (path, mode, expected) => {
      await control.injectFault({ provider: "ghl", method: "POST", path, mode, retryAfterSeconds: 9 });
      const error = await providerErrorOf(creates[path]());
      expect(error).toMatchObject(expected);
      expect(await control.requests({ provider: "ghl", path })).toHaveLength(1);
    });
  });

  describe("faults on idempotent calls: retried", () => {
    const idempotent = {
      "/api/oauth/locationToken": async () => {
        const location = await agencyApi().createLocation({ name: "T", companyId });
        rememberSecrets((await agencyApi().getLocationToken({ companyId, locationId: location.id })).accessToken);
      },
      "/api/locations/*": async () => agencyApi().deleteLocation((await agencyApi().createLocation({ name: "D", companyId })).id),
    } satisfies Record<string, () => Promise<void>>;
    const paths = Object.keys(idempotent) as (keyof typeof idempotent)[];
    const fault = (path: string, mode: FaultInput["mode"], count = 1): FaultInput => ({
      provider: "ghl",
      method: path === "/api/locations/*" ? "DELETE" : "POST",
      path,
      mode,
      count,
      retryAfterSeconds: 1,
    });

    it.each(paths.flatMap((path) => (["http_500", "rate_limit", "timeout", "error_200"] as const).map((mode) => [path, mode] as const)))(
      "%s recovers from one %s",
      async (path, mode) => {
        await control.injectFault(fault(path, mode));
        await idempotent[path]();
        expect(await control.requests({ provider: "ghl", path })).toHaveLength(2);
      },
    );

    it.each(paths)("%s gives up after three timeouts as an ambiguous transient failure", async (path) => {
      await control.injectFault(fault(path, "timeout", 3));
      const error = await providerErrorOf(idempotent[path]());
      expect(error).toMatchObject({ kind: "transient", ambiguous: true });
      expect(await control.requests({ provider: "ghl", path })).toHaveLength(3);
    });

    it.each(paths)("%s does not retry malformed JSON", async (path) => {
      await control.injectFault(fault(path, "malformed_json"));
      const error = await providerErrorOf(idempotent[path]());
      expect(error).toMatchObject({ kind: "unexpected", message: "Malformed JSON in response (HTTP 200)" });
      expect(await control.requests({ provider: "ghl", path })).toHaveLength(1);
    });
  });
});
