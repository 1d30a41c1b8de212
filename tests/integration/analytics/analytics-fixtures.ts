import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { InvoiceKind, InvoiceStatus, Network, OrderStatus } from "@/lib/generated/prisma/client";
import { snapshotsAtIssue } from "@/lib/invoices/invoice-snapshots";

const SERVICES: Record<number, { name: string; network: Network }> = {
  201: { name: "Instagram Followers", network: "INSTAGRAM" },
  202: { name: "TikTok Views", network: "TIKTOK" },
  203: { name: "YouTube Likes", network: "YOUTUBE" },
};

export async function seedServices(): Promise<void> {
  for (const [id, service] of Object.entries(SERVICES)) {
    await db.service.upsert({
      where: { id: Number(id) },
      update: {},
      create: { id: Number(id), ...service, type: "Default", category: service.name, ratePer1000: "1", min: 10, max: 100_000, lastSyncedAt: new Date() },
    });
  }
}

let providerOrderIds = 90_000;
let documentNumbers = 1;

export type HistoryOrder = {
  companyId: string;
  serviceId?: keyof typeof SERVICES;
  createdAt: string;
  link?: string;
  expectedCost: string;
  /** Null: the panel has not reported its charge yet. */
  charge?: string | null;
  status?: OrderStatus;
  placed?: boolean;
  invoice?: string | { amount: string; status?: InvoiceStatus; currency?: string };
  creditNote?: string | { amount: string; status?: InvoiceStatus };
};

/** An order as the orders domain leaves it, with its invoice and credit note as issued. */
export async function historyOrder(spec: HistoryOrder) {
  const serviceId = spec.serviceId ?? 201;
  const service = SERVICES[serviceId]!;
  const placed = spec.placed ?? true;
  const order = await db.order.create({
    data: {
      idempotencyKey: randomUUID(),
      companyId: spec.companyId,
      serviceId,
      serviceName: service.name,
      serviceType: "Default",
      network: service.network,
      ratePer1000: "1",
      link: spec.link ?? `https://instagram.com/${randomUUID().slice(0, 8)}`,
      quantity: 1000,
      multiplier: "8",
      expectedCost: spec.expectedCost,
      providerOrderId: placed ? providerOrderIds++ : null,
      status: spec.status ?? (placed ? "COMPLETED" : "FAILED"),
      charge: spec.charge === undefined ? spec.expectedCost : spec.charge,
      createdAt: new Date(spec.createdAt),
    },
  });
  const document = async (kind: InvoiceKind, input: string | { amount: string; status?: InvoiceStatus; currency?: string }, creditedInvoiceId?: string) => {
    const { amount, status, currency } = typeof input === "string" ? { amount: input, status: undefined, currency: undefined } : input;
    const snapshots = await db.$transaction((tx) => snapshotsAtIssue(tx, spec.companyId));
    return db.invoice.create({
      data: {
        ...snapshots,
        kind,
        number: `${kind === "INVOICE" ? "INV" : "CN"}-AN-${documentNumbers++}`,
        companyId: spec.companyId,
        orderId: order.id,
        creditedInvoiceId,
        currency: currency ?? "USD",
        providerCost: spec.expectedCost,
        multiplier: "8",
        amount,
        status: status ?? "ISSUED",
        issuedAt: new Date(spec.createdAt),
      },
    });
  };
  const invoice = spec.invoice ? await document("INVOICE", spec.invoice) : null;
  if (spec.creditNote && invoice) await document("CREDIT_NOTE", spec.creditNote, invoice.id);
  return order;
}
