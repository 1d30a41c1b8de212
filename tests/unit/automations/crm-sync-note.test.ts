import { describe, expect, it } from "vitest";
import { automationSchema } from "@/actions/automations.validation";
import { crmNoteBody, crmNoteMarker, crmTags } from "@/lib/automations/crm-sync-note";
import type { SyncRow } from "@/lib/automations/sync-source";

const updatedAt = new Date("2026-03-29T01:30:00.000Z");

const order: SyncRow = {
  entity: "orders",
  id: "ord_1",
  updatedAt,
  record: {
    id: "ord_1",
    companyId: "co_1",
    serviceName: "Followers [Real]",
    network: "INSTAGRAM",
    link: "https://instagram.com/acme",
    quantity: 1000,
    status: "PARTIAL",
    providerOrderId: 23501,
    expectedCost: "0.9",
    charge: "0.675",
    remains: 250,
    placedAt: "2026-03-28T10:00:00.000Z",
    updatedAt: updatedAt.toISOString(),
  },
};

const creditNote: SyncRow = {
  entity: "invoices",
  id: "inv_2",
  updatedAt,
  record: {
    id: "inv_2",
    kind: "CREDIT_NOTE",
    number: "CN-2026-00001",
    companyId: "co_1",
    orderId: "ord_1",
    currency: "KWD",
    amount: "1.5",
    status: "ISSUED",
    issuedAt: "2026-03-29T01:30:00.000Z",
    updatedAt: updatedAt.toISOString(),
  },
};

describe("CRM notes and tags", () => {
  it("describe an order, ending with the marker that names its id and version", () => {
    expect(crmNoteBody(order)).toBe(
      [
        "Order: 1000 × Followers [Real] (Instagram), partial",
        "Link: https://instagram.com/acme",
        "Panel order: 23501",
        "Charged by the panel: 0.675",
        "Remains: 250",
        "[social-scale order ord_1 2026-03-29T01:30:00.000Z]",
      ].join("\n"),
    );
    expect(crmTags(order)).toEqual(["social-scale-order-partial"]);
  });

  it("show a credit note's amount in its currency's minor unit", () => {
    expect(crmNoteBody(creditNote)).toBe("Credit note CN-2026-00001: KWD\u00a01.500, issued\nIssued: 2026-03-29\n[social-scale invoice inv_2 2026-03-29T01:30:00.000Z]");
    expect(crmTags(creditNote)).toEqual(["social-scale-credit-note-issued"]);
  });

  it("mark another version of the same record differently", () => {
    expect(crmNoteMarker({ ...order, updatedAt: new Date(updatedAt.getTime() + 1) })).not.toBe(crmNoteMarker(order));
  });
});

describe("the automation form's data sync", () => {
  const sync = { name: "Sync", type: "DATA_SYNC", companyId: "", cron: "*/15 * * * *" } as const;

  it("needs a webhook destination unless it pushes to the GoHighLevel CRM", () => {
    const toWebhook = automationSchema.safeParse({ ...sync, destinationId: "", entities: ["orders"] });
    expect(toWebhook.success).toBe(false);
    expect(toWebhook.error?.issues).toEqual([expect.objectContaining({ path: ["destinationId"], message: "Choose a webhook destination." })]);
    expect(automationSchema.parse({ ...sync, destinationId: "", entities: ["orders"], target: "ghl_crm" })).toMatchObject({ destinationId: null, config: { target: "ghl_crm" } });
    expect(automationSchema.safeParse({ ...sync, destinationId: "d1", entities: ["orders"], target: "salesforce" }).success).toBe(false);
  });
});
