import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Company, Invoice, Order, Prisma } from "@/lib/generated/prisma/client";
import { issueCreditNote, issueOrderInvoice } from "@/lib/invoices/issue-invoices";
import { providerCost } from "@/lib/money";

const SERVICE_ID = 4242;

export async function createCompany(overrides: Partial<Prisma.CompanyCreateInput> = {}): Promise<Company> {
  return db.company.create({
    data: {
      name: "Northwind Media",
      legalName: "Northwind Media GmbH",
      contactName: "Nora North",
      contactEmail: `billing-${randomUUID().slice(0, 8)}@northwind.test`,
      addressLine1: "Hafenstrasse 12",
      postalCode: "20457",
      city: "Hamburg",
      country: "Germany",
      taxId: "DE123456789",
      ...overrides,
    },
  });
}

async function ensureService(ratePer1000: string): Promise<void> {
  await db.service.upsert({
    where: { id: SERVICE_ID },
    update: {},
    create: {
      id: SERVICE_ID,
      name: "Instagram Followers [Real]",
      type: "Default",
      category: "Instagram - Followers",
      network: "INSTAGRAM",
      ratePer1000,
      min: 10,
      max: 100_000,
      lastSyncedAt: new Date(),
    },
  });
}

type SeedOptions = { quantity?: number; ratePer1000?: string; multiplier?: string; currency?: string; link?: string };

/** A placed order and its invoice, issued the way the order flow issues it. */
export async function seedInvoice(company: Pick<Company, "id">, options: SeedOptions = {}): Promise<{ order: Order; invoice: Invoice }> {
  const { quantity = 1000, ratePer1000 = "1.00000", multiplier = "8", currency = "USD" } = options;
  await ensureService(ratePer1000);
  return db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        idempotencyKey: randomUUID(),
        companyId: company.id,
        serviceId: SERVICE_ID,
        serviceName: "Instagram Followers [Real]",
        serviceType: "Default",
        network: "INSTAGRAM",
        ratePer1000,
        link: options.link ?? "https://instagram.com/northwind",
        quantity,
        multiplier,
        expectedCost: providerCost(ratePer1000, quantity),
        status: "PENDING",
        placedAt: new Date(),
        currency,
      },
    });
    const invoice = await issueOrderInvoice(tx, order, currency);
    return { order, invoice };
  });
}

/** The credit note the order flow issues when the panel reports a partial delivery. */
export async function seedCreditNote(orderId: string, undeliveredUnits: number, orderedUnits: number): Promise<Invoice> {
  const creditNote = await db.$transaction((tx) =>
    issueCreditNote(tx, orderId, { undeliveredUnits, orderedUnits, reason: `Partial: ${undeliveredUnits} not delivered` }),
  );
  if (!creditNote) throw new Error("no credit note was issued");
  return creditNote;
}
