import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it } from "vitest";
import { runAutomationFunction } from "@/inngest/functions/run-automation";
import { createAutomation, runAutomationNow } from "@/lib/automations";
import { db } from "@/lib/db";
import { upsertCompanyCrmContact } from "@/lib/ghl/crm-contact";
import { ghlCrmAvailability } from "@/lib/ghl/crm-availability";
import { placeOrder } from "@/lib/orders/place-order";
import { findService, orderRequest, seedCompanyAndCatalog } from "../../support/order-fixtures";
import { runAutomationTickProcess } from "../../support/workflows/runner-harness";
import { connectSandboxAgency, expireStoredToken, setUpGhlTests } from "../ghl/ghl-fixtures";

const { control, ghlControl } = setUpGhlTests();
const CRM_LOCATION = "sbxAgencyCrmLocation";

let companyCounter = 0;

beforeEach(async () => {
  // The sandbox panel numbers orders from the start again after its reset.
  await db.$executeRawUnsafe('TRUNCATE "Invoice", "Order" CASCADE');
  await connectSandboxAgency();
});

async function companyWithOrders(orders: number, contactEmail: string | null = `owner${++companyCounter}@client.test`) {
  const company = await seedCompanyAndCatalog(`Client ${++companyCounter}`);
  await db.company.update({ where: { id: company.id }, data: { contactEmail, contactName: "Rita Moreno" } });
  const service = await findService("Default");
  for (let index = 0; index < orders; index += 1) await placeOrder(orderRequest(company.id, service.id));
  return { ...company, contactEmail };
}

function crmSync(companyId: string | null, entities: ("orders" | "invoices")[] = ["orders", "invoices"]) {
  return createAutomation({ name: "To the CRM", type: "DATA_SYNC", config: { entities, target: "ghl_crm" }, companyId, destinationId: null, cron: "*/15 * * * *" });
}

/** How many notes carry each record's marker: exactly-once means every count is 1. */
async function markerCounts(): Promise<number[]> {
  const counts = new Map<string, number>();
  for (const note of await ghlControl.notes()) {
    const marker = /\[social-scale \w+ (\S+) \S+\]$/.exec(note.body)?.[0] ?? "none";
    counts.set(marker, (counts.get(marker) ?? 0) + 1);
  }
  return [...counts.values()];
}

describe("data sync to the GoHighLevel CRM", () => {
  it("adds each new or changed order and invoice once as a note with tags on the company's upserted contact", async () => {
    const company = await companyWithOrders(2);
    const automation = await crmSync(company.id);
    expect(automation.destinationId).toBeNull();

    expect(await runAutomationNow(automation.id)).toMatchObject({
      status: "SUCCEEDED",
      summary: "Synced orders: 2, invoices: 2 new or changed records to the GoHighLevel CRM",
    });
    const [contact] = await ghlControl.contacts();
    expect(contact).toMatchObject({ locationId: CRM_LOCATION, email: company.contactEmail, firstName: "Rita", lastName: "Moreno" });
    expect(contact!.tags).toEqual(expect.arrayContaining(["social-scale-client", "social-scale-invoice-issued"]));
    expect(contact!.tags.some((tag) => tag.startsWith("social-scale-order-"))).toBe(true);
    const notes = await ghlControl.notes();
    expect(notes).toHaveLength(4);
    expect(notes.every((note) => note.contactId === contact!.id)).toBe(true);
    const invoice = await db.invoice.findFirstOrThrow({ where: { companyId: company.id }, orderBy: { number: "asc" } });
    expect(invoice.amount.toString()).toBe("7.2");
    expect(notes.map((note) => note.body)).toContainEqual(expect.stringContaining(`Invoice ${invoice.number}: $7.20, issued`));

    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 0, invoices: 0 new or changed records to the GoHighLevel CRM");
    const changed = await db.order.findFirstOrThrow({ where: { companyId: company.id } });
    await db.order.update({ where: { id: changed.id }, data: { lastError: "touched" } });
    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 1, invoices: 0 new or changed records to the GoHighLevel CRM");

    expect(await ghlControl.notes()).toHaveLength(5);
    expect(await markerCounts()).toEqual([1, 1, 1, 1, 1]);
    expect(await ghlControl.counters()).toMatchObject({ contactsCreated: 1, notesCreated: 5 });
  });

  it("resumes from its cursor after a failure midway, and never adds a note twice", async () => {
    const first = await companyWithOrders(2);
    const second = await companyWithOrders(1);
    const automation = await crmSync(null, ["orders"]);
    const secondContact = await upsertCompanyCrmContact(second, CRM_LOCATION);
    await control.injectFault({ provider: "ghl", method: "POST", path: `/api/contacts/${secondContact.id}/notes`, mode: "http_500" });

    const failed = await runAutomationNow(automation.id);
    expect(failed.status).toBe("FAILED");
    expect(failed.summary).toMatch(/^Sent orders: 2; stopped: GoHighLevel did not answer clearly \(add_contact_note: .*\)\. The next run resumes from the last delivered record\.$/);
    expect(await ghlControl.notes()).toHaveLength(2);

    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 1 new or changed records to the GoHighLevel CRM");
    expect(await ghlControl.notes()).toHaveLength(3);

    // A run that died after GoHighLevel stored the last note but before the cursor moved.
    const [, secondOfFirst] = await db.order.findMany({ where: { companyId: first.id }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }] });
    await db.automation.update({ where: { id: automation.id }, data: { syncCursor: { orders: { updatedAt: secondOfFirst!.updatedAt.toISOString(), id: secondOfFirst!.id } } } });
    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 1 new or changed records to the GoHighLevel CRM");
    expect(await ghlControl.notes()).toHaveLength(3);
    expect(await markerCounts()).toEqual([1, 1, 1]);
  });

  it("waits out GoHighLevel's 429 on a note and adds it once", async () => {
    const company = await companyWithOrders(1);
    const automation = await crmSync(company.id, ["orders"]);
    await control.injectFault({ provider: "ghl", method: "POST", path: "/api/contacts/*/notes", mode: "rate_limit", retryAfterSeconds: 1 });
    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 1 new or changed records to the GoHighLevel CRM");
    expect(await ghlControl.notes()).toHaveLength(1);
    const noteCalls = await control.requests({ provider: "ghl", path: `/api/contacts/${(await ghlControl.contacts())[0]!.id}/notes` });
    expect(noteCalls.filter((request) => request.method === "POST")).toHaveLength(2);
  });

  it("pauses with a clear error while the connection needs reconnecting, keeping its cursor", async () => {
    const company = await companyWithOrders(1);
    const automation = await crmSync(company.id, ["orders"]);
    await runAutomationNow(automation.id);
    const cursor = (await db.automation.findUniqueOrThrow({ where: { id: automation.id } })).syncCursor;
    const service = await findService("Default");
    await placeOrder(orderRequest(company.id, service.id));

    for (const token of (await ghlControl.tokens()).filter((one) => one.kind === "refresh")) await ghlControl.revokeToken({ id: token.id });
    await expireStoredToken();
    const paused = await runAutomationNow(automation.id);
    expect(paused.status).toBe("FAILED");
    expect(paused.summary).toBe(
      "Nothing sent; sync paused: The GoHighLevel connection needs to be reconnected (Integrations → GoHighLevel); nothing is sent to GoHighLevel until then. Nothing was lost: the cursor stays where it is.",
    );
    expect((await db.automation.findUniqueOrThrow({ where: { id: automation.id } })).syncCursor).toEqual(cursor);
    expect(await db.alert.count({ where: { kind: "ghl.needs_reconnect", openKey: { not: null } } })).toBe(1);
    expect(await ghlControl.notes()).toHaveLength(1);

    await connectSandboxAgency();
    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 1 new or changed records to the GoHighLevel CRM");
    expect(await markerCounts()).toEqual([1, 1]);
  });

  it("lets one of two overlapping runs push, and takes over a lease its holder stopped renewing", async () => {
    const company = await companyWithOrders(3);
    const automation = await crmSync(company.id);
    const both = await Promise.all([runAutomationNow(automation.id), runAutomationNow(automation.id)]);
    expect(both.map((run) => run.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(both.map((run) => run.summary)).toContainEqual("Synced orders: 3, invoices: 3 new or changed records to the GoHighLevel CRM");
    expect(await ghlControl.notes()).toHaveLength(6);
    expect(await markerCounts()).toEqual([1, 1, 1, 1, 1, 1]);

    await placeOrder(orderRequest(company.id, (await findService("Default")).id));
    await db.automation.update({ where: { id: automation.id }, data: { syncLeaseRunId: "a-live-run", syncLeaseExpiresAt: new Date(Date.now() + 60_000) } });
    expect((await runAutomationNow(automation.id)).summary).toBe("Skipped: another run of this sync is pushing records now; the next run continues after it.");
    await db.automation.update({ where: { id: automation.id }, data: { syncLeaseExpiresAt: new Date(Date.now() - 1000) } });
    expect((await runAutomationNow(automation.id)).summary).toBe("Synced orders: 1, invoices: 1 new or changed records to the GoHighLevel CRM");
    expect(await db.automation.findUniqueOrThrow({ where: { id: automation.id } })).toMatchObject({ syncLeaseRunId: null, syncLeaseExpiresAt: null });
  });

  it("runs once, adding each note once, when two runner processes tick at the same moment", async () => {
    const company = await companyWithOrders(2);
    const automation = await crmSync(company.id);
    await db.automation.updateMany({ where: { id: { not: automation.id } }, data: { status: "PAUSED", nextRunAt: null } });
    const tick = new Date(Date.now() + 60_000);
    await db.automation.update({ where: { id: automation.id }, data: { nextRunAt: new Date(tick.getTime() - 1000) } });
    const results = await Promise.all([runAutomationTickProcess(tick.toISOString()), runAutomationTickProcess(tick.toISOString())]);
    expect(results.reduce((sum, result) => sum + result.executed, 0)).toBe(1);
    const [recorded] = await db.automationRun.findMany({ where: { automationId: automation.id } });
    expect(recorded).toMatchObject({ status: "SUCCEEDED", summary: "Synced orders: 2, invoices: 2 new or changed records to the GoHighLevel CRM" });
    expect(await markerCounts()).toEqual([1, 1, 1, 1]);
  }, 180_000);

  it("moves past records of a company it cannot match to a contact, saying so", async () => {
    const company = await companyWithOrders(1, null);
    const automation = await crmSync(company.id, ["orders"]);
    const run = await runAutomationNow(automation.id);
    expect(run).toMatchObject({
      status: "SUCCEEDED",
      summary: `Synced orders: 1 new or changed records to the GoHighLevel CRM; not sent (no e-mail or phone to find the contact by): records of ${company.name}`,
    });
    expect(await ghlControl.notes()).toEqual([]);
  });

  it("is offered only while GoHighLevel is connected", async () => {
    expect(await ghlCrmAvailability()).toEqual({ available: true, warning: null });
    await db.ghlConnection.deleteMany();
    expect(await ghlCrmAvailability()).toEqual({ available: false, reason: "Connect GoHighLevel first (Integrations → GoHighLevel)." });
    await expect(crmSync(null)).rejects.toThrow("The GoHighLevel CRM is not available: Connect GoHighLevel first (Integrations → GoHighLevel).");
  });
});

describe("the run function for a CRM sync", () => {
  it("pushes the records as notes", async () => {
    const company = await companyWithOrders(1);
    const automation = await crmSync(company.id, ["invoices"]);
    const run = await db.automationRun.create({ data: { automationId: automation.id, runKey: "schedule:crm-test", trigger: "schedule", scheduledFor: new Date() } });
    const event = { name: "automations/run.requested", data: { runId: run.id, automationId: automation.id } };
    const { result } = await new InngestTestEngine({ function: runAutomationFunction, events: [event] }).execute();
    expect(result).toMatchObject({ runId: run.id, status: "SUCCEEDED", summary: "Synced invoices: 1 new or changed records to the GoHighLevel CRM" });
    const [note] = await ghlControl.notes();
    expect(note!.body).toMatch(/^Invoice INV-/);
  });
});
