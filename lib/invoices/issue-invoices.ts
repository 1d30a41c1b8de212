import type { Tx } from "@/lib/db-types";
import type { Invoice, Order } from "@/lib/generated/prisma/client";
import { Decimal, roundToMinorUnit, sellPrice, toDecimal } from "@/lib/money";
import { readInvoiceSnapshots, snapshotsAtIssue } from "./invoice-snapshots";
import { nextInvoiceNumber } from "./numbering";

type InvoicedOrder = Pick<
  Order,
  "id" | "companyId" | "serviceName" | "serviceId" | "link" | "quantity" | "expectedCost" | "multiplier"
>;

function orderLineDescription(order: Pick<Order, "serviceName" | "serviceId" | "link">): string {
  return `${order.serviceName} (service #${order.serviceId}) for ${order.link}`;
}

/**
 * The invoice of a placed order: provider cost × multiplier, rounded once.
 * Runs in the transaction that records the placement, so an order is never
 * placed without its invoice, nor invoiced without being placed. The agency and
 * the company are copied onto it as they are now (see invoice-snapshots.ts).
 */
export async function issueOrderInvoice(tx: Tx, order: InvoicedOrder, currency: string): Promise<Invoice> {
  const issuedAt = new Date();
  const amount = sellPrice(order.expectedCost, order.multiplier, currency);
  const { issuer, billTo } = await snapshotsAtIssue(tx, order.companyId);
  return tx.invoice.create({
    data: {
      kind: "INVOICE",
      number: await nextInvoiceNumber(tx, "INVOICE", issuedAt),
      companyId: order.companyId,
      orderId: order.id,
      currency,
      providerCost: order.expectedCost,
      multiplier: order.multiplier,
      amount,
      issuedAt,
      issuer,
      billTo,
      lines: {
        create: {
          position: 1,
          description: orderLineDescription(order),
          quantity: order.quantity,
          unitPrice: toDecimal(amount).dividedBy(order.quantity).toDecimalPlaces(5, Decimal.ROUND_HALF_UP),
          amount,
        },
      },
    },
  });
}

export type UndeliveredShare = { undeliveredUnits: number; orderedUnits: number; reason: string };

/**
 * Credits the undelivered share of an order's invoice (all of it for a canceled
 * order). At most one credit note per order; none for a void invoice. It shows
 * the agency and the company exactly as its invoice does.
 */
export async function issueCreditNote(tx: Tx, orderId: string, share: UndeliveredShare): Promise<Invoice | null> {
  // Locks the invoice so a concurrent void waits for this decision (and sees its credit note);
  // the order first, as voidInvoice and the status sync take them: the credit note changes the
  // order's revenue (a database trigger), and the opposite order could deadlock with a void.
  await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "orderId" = ${orderId} AND "kind" = 'INVOICE' FOR UPDATE`;
  const invoice = await tx.invoice.findUnique({ where: { orderId_kind: { orderId, kind: "INVOICE" } } });
  if (!invoice || invoice.status === "VOID") return null;
  const existing = await tx.invoice.findUnique({ where: { orderId_kind: { orderId, kind: "CREDIT_NOTE" } } });
  if (existing) return null;
  if (share.undeliveredUnits <= 0 || share.orderedUnits <= 0) return null;

  const fraction = Decimal.min(1, new Decimal(share.undeliveredUnits).dividedBy(share.orderedUnits));
  const creditedCost = toDecimal(invoice.providerCost).times(fraction);
  const amount = roundToMinorUnit(creditedCost.times(toDecimal(invoice.multiplier)), invoice.currency);
  if (amount.isZero()) return null;
  const issuedAt = new Date();
  return tx.invoice.create({
    data: {
      kind: "CREDIT_NOTE",
      number: await nextInvoiceNumber(tx, "CREDIT_NOTE", issuedAt),
      companyId: invoice.companyId,
      orderId,
      creditedInvoiceId: invoice.id,
      currency: invoice.currency,
      providerCost: creditedCost.toDecimalPlaces(5, Decimal.ROUND_HALF_UP),
      multiplier: invoice.multiplier,
      amount,
      issuedAt,
      reason: share.reason,
      ...readInvoiceSnapshots(invoice),
      lines: {
        create: {
          position: 1,
          description: `Credit for ${share.undeliveredUnits} of ${share.orderedUnits} units not delivered (${invoice.number})`,
          quantity: share.undeliveredUnits,
          unitPrice: amount.dividedBy(share.undeliveredUnits).toDecimalPlaces(5, Decimal.ROUND_HALF_UP),
          amount,
        },
      },
    },
  });
}
