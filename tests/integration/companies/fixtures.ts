import { randomUUID } from "node:crypto";
import type { CompanyInput } from "@/lib/companies/company-input";
import { db } from "@/lib/db";
import { snapshotsAtIssue } from "@/lib/invoices/invoice-snapshots";
import type { InvoiceKind, InvoiceStatus, Order, OrderStatus, Prisma } from "@/lib/generated/prisma/client";

export function companyInput(overrides: Partial<CompanyInput> = {}): CompanyInput {
  return {
    name: "Acme Growth",
    legalName: null,
    contactName: null,
    contactEmail: null,
    phone: null,
    website: null,
    addressLine1: null,
    addressLine2: null,
    city: null,
    postalCode: null,
    country: null,
    taxId: null,
    notes: null,
    ...overrides,
  };
}

const SERVICE_ID = 101;

export async function ensureService(): Promise<void> {
  await db.service.upsert({
    where: { id: SERVICE_ID },
    update: {},
    create: {
      id: SERVICE_ID,
      name: "Instagram Followers",
      type: "Default",
      category: "Instagram - Followers",
      network: "INSTAGRAM",
      ratePer1000: "1.23456",
      min: 10,
      max: 100_000,
      lastSyncedAt: new Date(),
    },
  });
}

let nextProviderOrderId = 5_000;

type OrderOptions = { placed?: boolean; expectedCost?: string; charge?: string | null; status?: OrderStatus };

/** The columns of an order as the orders domain would write them; needs `ensureService()` first. */
export function orderData(companyId: string, options: OrderOptions = {}): Prisma.OrderUncheckedCreateInput {
  const placed = options.placed ?? true;
  return {
    idempotencyKey: randomUUID(),
    companyId,
    serviceId: SERVICE_ID,
    serviceName: "Instagram Followers",
    serviceType: "Default",
    network: "INSTAGRAM",
    ratePer1000: "1.23456",
    link: "https://instagram.com/acme",
    quantity: 1000,
    multiplier: "8",
    expectedCost: options.expectedCost ?? "1.23456",
    providerOrderId: placed ? nextProviderOrderId++ : null,
    status: options.status ?? (placed ? "PENDING" : "FAILED"),
    charge: options.charge ?? null,
    placedAt: placed ? new Date() : null,
  };
}

export async function createOrder(companyId: string, options: OrderOptions = {}): Promise<Order> {
  await ensureService();
  return db.order.create({ data: orderData(companyId, options) });
}

let nextInvoiceNumber = 1;

export async function createInvoice(
  order: Pick<Order, "id" | "companyId">,
  options: { kind?: InvoiceKind; amount: string; status?: InvoiceStatus },
) {
  const kind = options.kind ?? "INVOICE";
  const snapshots = await db.$transaction((tx) => snapshotsAtIssue(tx, order.companyId));
  return db.invoice.create({
    data: {
      ...snapshots,
      kind,
      number: `${kind === "INVOICE" ? "INV" : "CN"}-TEST-${String(nextInvoiceNumber++).padStart(5, "0")}`,
      companyId: order.companyId,
      orderId: order.id,
      currency: "USD",
      providerCost: "1.00000",
      multiplier: "8",
      amount: options.amount,
      status: options.status ?? "ISSUED",
    },
  });
}
