import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it } from "vitest";
import { provisionGhlSubaccountFunction } from "@/inngest/functions/provision-ghl-subaccount";
import { decryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { createCompany } from "@/lib/companies/save-company";
import { withAgencyApi } from "@/lib/ghl/ghl-calls";
import { cancelProvisioning, requestProvisioning } from "@/lib/ghl/provisioning/request-provisioning";
import { reauthenticateSubaccount, revealSubaccountPassword } from "@/lib/ghl/provisioning/subaccount-access";
import { runWorkflowsUntilIdle } from "../../support/workflows/run-workflows";
import { connectSandboxAgency, setUpGhlTests } from "./ghl-fixtures";

const { control, ghlControl } = setUpGhlTests();

const companyFields = {
  legalName: null,
  contactName: "Ana Lima",
  contactEmail: "ana@bluefox.test",
  phone: "+351 210 000 000",
  website: "https://bluefox.test",
  addressLine1: "Rua Azul 1",
  addressLine2: null,
  city: "Porto",
  postalCode: "4000-001",
  country: "PT",
  taxId: null,
  notes: null,
};

let companyId: string;

beforeEach(async () => {
  await db.ghlSubaccount.deleteMany();
  await db.outboxEvent.deleteMany();
  await db.appSettings.deleteMany();
  await connectSandboxAgency();
  companyId = (await createCompany({ name: "Blue Fox", ...companyFields })).id;
});

function requestedEvent(attempt: number) {
  return { name: "ghl/provisioning.requested", data: { companyId, attempt } } as const;
}

function engineFor(event: { name: string; data: Record<string, unknown> }): InngestTestEngine {
  return new InngestTestEngine({ function: provisionGhlSubaccountFunction, events: [event] });
}

async function subaccount() {
  return db.ghlSubaccount.findUniqueOrThrow({ where: { companyId }, include: { steps: { orderBy: { position: "asc" } } } });
}

async function expectExactlyOneOfEach(): Promise<void> {
  expect(await ghlControl.counters()).toMatchObject({ locationsCreated: 1, usersCreated: 1, contactsCreated: 1, locationsDeleted: 0 });
  const stored = await subaccount();
  expect(stored.status).toBe("COMPLETED");
  expect(stored.steps.map((step) => step.status)).toEqual(["DONE", "DONE", "DONE", "DONE"]);
  const locations = (await ghlControl.locations()).filter((location) => location.email === stored.userEmail);
  expect(locations.map((location) => location.id)).toEqual([stored.locationId]);
  expect((await ghlControl.users()).map((user) => user.id)).toEqual([stored.userId]);
  expect((await ghlControl.contacts()).map((contact) => contact.id)).toEqual([stored.contactId]);
}

describe("provisioning a company's sub-account", () => {
  it("creates the location, the user, signs in and adds the CRM contact, storing secrets sealed", async () => {
    await requestProvisioning(companyId);

    const { result } = await engineFor(requestedEvent(1)).execute();

    expect(result).toEqual({ status: "COMPLETED" });
    await expectExactlyOneOfEach();
    const stored = await subaccount();
    expect(stored.userEmail).toBe(`ops+${companyId.toLowerCase()}@agency.example`);
    expect(stored.password).toMatch(/^test1:/);
    const password = await revealSubaccountPassword(companyId);
    expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{24}$/);
    expect(stored.password).not.toContain(password);
    expect(decryptSecret(stored.firebaseToken ?? "")).toMatch(/^ey/);
    expect(stored.firebaseTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    const [location] = await ghlControl.locations().then((all) => all.filter((one) => one.id === stored.locationId));
    expect(location).toMatchObject({ name: "Blue Fox", details: { city: "Porto", country: "PT", phone: "+351 210 000 000" } });
  });

  it("gives every company its own password", async () => {
    const other = await createCompany({ name: "Red Owl", ...companyFields });
    await requestProvisioning(companyId);
    await requestProvisioning(other.id);
    expect(await revealSubaccountPassword(companyId)).not.toBe(await revealSubaccountPassword(other.id));
  });

  for (const crashedAfter of ["begin", "create-location", "create-user", "sign-in-user", "upsert-crm-contact"]) {
    it(`a crash after "${crashedAfter}" replays without a second location, user or contact`, async () => {
      await requestProvisioning(companyId);
      await engineFor(requestedEvent(1)).executeStep(crashedAfter);

      // The process died: the run starts again with none of its step results remembered.
      const { result } = await engineFor(requestedEvent(1)).execute();

      expect(result).toEqual({ status: "COMPLETED" });
      await expectExactlyOneOfEach();
    });
  }

  it("a crash after GoHighLevel created the location and user, before their ids were stored, finds them instead of creating more", async () => {
    await requestProvisioning(companyId);
    const { userEmail, password } = await subaccount();
    await withAgencyApi(async (api, token) => {
      const location = await api.createLocation({
        name: "Blue Fox",
        companyId: token.ghlCompanyId,
        prospectInfo: { firstName: "Ana", lastName: "Lima", email: userEmail },
      });
      await api.createUser({
        companyId: token.ghlCompanyId,
        firstName: "Social Scale",
        lastName: "Operations",
        email: userEmail,
        password: decryptSecret(password),
        locationIds: [location.id],
      });
    });

    const { result } = await engineFor(requestedEvent(1)).execute();

    expect(result).toEqual({ status: "COMPLETED" });
    await expectExactlyOneOfEach();
  });

  it("a permanent failure creating the user records GoHighLevel's message and deletes the half-made location", async () => {
    await requestProvisioning(companyId);
    await ghlControl.refuseNextUser("email is not allowed for this agency");

    const { result } = await engineFor(requestedEvent(1)).execute();

    expect(result).toEqual({ status: "FAILED", compensated: true });
    const stored = await subaccount();
    expect(stored).toMatchObject({ status: "FAILED", failedStep: "user", lastError: "email is not allowed for this agency", locationId: null });
    expect(stored.steps.map((step) => step.status)).toEqual(["PENDING", "FAILED", "PENDING", "PENDING"]);
    expect(await ghlControl.counters()).toMatchObject({ locationsCreated: 1, locationsDeleted: 1, usersCreated: 0 });
    expect(await db.alert.findMany({ where: { openKey: { not: null } } })).toMatchObject([
      { kind: "ghl.provisioning_failed", subjectKey: companyId, companyId, href: `/companies/${companyId}` },
    ]);

    // The admin retries: a new attempt starts over from the location and completes.
    expect(await requestProvisioning(companyId)).toEqual({ attempt: 2 });
    expect((await engineFor(requestedEvent(2)).execute()).result).toEqual({ status: "COMPLETED" });
    expect(await ghlControl.counters()).toMatchObject({ locationsCreated: 2, locationsDeleted: 1, usersCreated: 1 });
    expect(await db.alert.findMany({ where: { openKey: { not: null } } })).toEqual([]);
  });

  it("a two-factor demand is reported as needing manual verification; re-authenticating completes it", async () => {
    await requestProvisioning(companyId);
    await ghlControl.requireTwoFactorOnNextAuthenticate();

    const { result } = await engineFor(requestedEvent(1)).execute();

    expect(result).toEqual({ status: "NEEDS_VERIFICATION" });
    const stored = await subaccount();
    expect(stored.firebaseToken).toBeNull();
    expect(stored.steps.map((step) => step.status)).toEqual(["DONE", "DONE", "FAILED", "DONE"]);
    expect(stored.steps[2]?.message).toContain("Needs manual verification");

    expect((await reauthenticateSubaccount(companyId)).outcome).toBe("done");
    expect(await subaccount()).toMatchObject({ status: "COMPLETED", firebaseToken: expect.stringMatching(/^test1:/) });
  });

  it("a cancelled attempt stops at its next step; a retry resumes and the old run stays stopped", async () => {
    await requestProvisioning(companyId);
    await engineFor(requestedEvent(1)).executeStep("create-location");
    await cancelProvisioning(companyId);

    expect((await engineFor(requestedEvent(1)).execute()).result).toEqual({ status: "stopped" });
    expect(await ghlControl.counters()).toMatchObject({ locationsCreated: 1, usersCreated: 0 });

    await requestProvisioning(companyId);
    expect((await engineFor(requestedEvent(1)).execute()).result).toEqual({ status: "stopped" });
    expect((await engineFor(requestedEvent(2)).execute()).result).toEqual({ status: "COMPLETED" });
    await expectExactlyOneOfEach();
  });

  it("refuses a second start while one is under way", async () => {
    await requestProvisioning(companyId);
    await expect(requestProvisioning(companyId)).rejects.toThrow("already under way");
  });
});

describe("company creation", () => {
  it("records company/created in the outbox, in the company's transaction", async () => {
    expect(await db.outboxEvent.findMany({ where: { name: "company/created" } })).toMatchObject([
      { id: `company-created:${companyId}`, data: { companyId } },
    ]);
  });

  it("provisions automatically when the agency setting is on, and not otherwise", async () => {
    const created = { name: "company/created", data: { companyId } } as const;
    expect((await engineFor(created).execute()).result).toEqual({ status: "not-requested" });
    expect(await db.ghlSubaccount.count()).toBe(0);

    await db.appSettings.upsert({ where: { id: 1 }, create: { id: 1, ghlAutoProvision: true }, update: { ghlAutoProvision: true } });
    expect((await engineFor(created).execute()).result).toEqual({ status: "COMPLETED" });
    await expectExactlyOneOfEach();
  });
});

describe("GoHighLevel rate limits during provisioning", () => {
  it("a 429 is retried after the wait GoHighLevel asked for, and the step says so meanwhile", async () => {
    await requestProvisioning(companyId);
    await control.injectFault({ provider: "ghl", path: "/api/locations/search", mode: "rate_limit", retryAfterSeconds: 90 });

    const { error } = await engineFor(requestedEvent(1)).executeStep("create-location");

    // The SDK hands the step's error back serialized; RetryAfterError tells the engine when to retry.
    expect(error).toMatchObject({ name: "RetryAfterError", message: "Too many requests, please slow down" });
    const location = (await subaccount()).steps[0];
    expect(location).toMatchObject({ status: "RUNNING", message: expect.stringContaining("Retrying after") });
    expect(await ghlControl.counters()).toMatchObject({ locationsCreated: 0 });
  });
});

describe("on the embedded runner", () => {
  it("the company page's request provisions the sub-account end to end", async () => {
    await requestProvisioning(companyId);

    await runWorkflowsUntilIdle([provisionGhlSubaccountFunction]);

    const runs = await db.workflowRun.findMany({ select: { functionId: true, status: true, error: true } });
    expect(runs.filter((run) => run.status !== "COMPLETED")).toEqual([]);
    await expectExactlyOneOfEach();
  });
});
