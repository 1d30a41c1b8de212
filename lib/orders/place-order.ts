import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { issueOrderInvoice } from "@/lib/invoices/issue-invoices";
import { toDecimal } from "@/lib/money";
import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError, type ProviderError } from "@/lib/providers/core";
import { getSettings } from "@/lib/settings";
import { OrderValidationError } from "./errors";
import { forgetPanelBalance } from "./panel-balance";
import { type OrderRequest, planOrder } from "./order-request";
import { recordOrderEvent } from "./timeline";
import { errorFields, log } from "@/lib/log";

export type PlaceOrderResult =
  | { outcome: "placed"; orderId: string; invoiceNumber: string }
  /** The same form was submitted before: this is that order, not a new one. */
  | { outcome: "duplicate"; orderId: string; status: OrderStatus }
  /** The panel refused; nothing was ordered. `message` is the panel's. */
  | { outcome: "refused"; orderId: string; message: string; code: string | undefined }
  /** The panel could not be reached; nothing was ordered. */
  | { outcome: "not_sent"; orderId: string; message: string }
  /** The panel may or may not have the order: a person must check before anything is re-sent. */
  | { outcome: "needs_review"; orderId: string; message: string };

/**
 * Places an order with the panel exactly once. The intent is recorded first
 * (unique idempotency key), then `add` is sent once; its outcome moves the order
 * to placed (with its invoice, in one transaction), failed, or needs-review.
 * An ambiguous outcome is never re-sent automatically: the panel has no
 * idempotency key, so a retry could buy twice.
 */
export async function placeOrder(request: OrderRequest): Promise<PlaceOrderResult> {
  const panel = fampageClient();
  const [company, service, settings] = await Promise.all([
    db.company.findUnique({ where: { id: request.companyId } }),
    db.service.findUnique({ where: { id: request.serviceId } }),
    getSettings(),
  ]);
  if (!company) throw new UserFacingError("This company does not exist.");
  if (company.status === "ARCHIVED") throw new UserFacingError("This company is archived: restore it to order for it.");
  if (!service) throw new OrderValidationError({ serviceId: "Choose a service from the catalog (sync it if it is empty)." });
  const planned = planOrder(service, request);
  if (!planned.ok) throw new OrderValidationError(planned.errors);
  const { plan } = planned;

  // ON CONFLICT DO NOTHING: of concurrent submits of one form, the first inserts
  // and the others find its row, without an error aborting their transaction.
  const recorded = await db.$transaction(async (tx) => {
    const { count } = await tx.order.createMany({
      skipDuplicates: true,
      data: {
        idempotencyKey: request.idempotencyKey,
        companyId: company.id,
        serviceId: service.id,
        serviceName: service.name,
        serviceType: service.type,
        network: service.network,
        ratePer1000: service.ratePer1000,
        link: request.link,
        quantity: plan.orderedUnits,
        parameters: plan.parameters ?? undefined,
        multiplier: request.multiplier ? toDecimal(request.multiplier) : settings.invoiceMultiplier,
        expectedCost: plan.expectedCost,
        status: "SUBMITTING",
      },
    });
    const row = await tx.order.findUniqueOrThrow({ where: { idempotencyKey: request.idempotencyKey } });
    if (count === 1) await recordOrderEvent(tx, row.id, "CREATED", "Order recorded; sending it to the panel.");
    return { order: row, isNew: count === 1 };
  });
  if (!recorded.isNew) return { outcome: "duplicate", orderId: recorded.order.id, status: recorded.order.status };
  const { order } = recorded;

  let providerOrderId: number;
  try {
    ({ providerOrderId } = await panel.addOrder(plan.params, { companyId: company.id, orderId: order.id }));
  } catch (error) {
    if (isProviderError(error)) return recordFailedPlacement(order.id, error);
    log.error({ orderId: order.id, ...errorFields(error) }, "panel order call failed unexpectedly: order left for review");
    return needsReview(order.id, "The panel call failed unexpectedly: the order may or may not exist on the panel.");
  }
  // The panel charged the order: the balance shown next must be the panel's new one.
  forgetPanelBalance();

  try {
    const invoice = await db.$transaction(async (tx) => {
      const placed = await tx.order.update({
        where: { id: order.id },
        data: { providerOrderId, status: "PENDING", placedAt: new Date(), currency: settings.currency },
      });
      await recordOrderEvent(tx, order.id, "PLACED", `Placed on the panel as order #${providerOrderId}.`, { providerOrderId });
      return issueOrderInvoice(tx, placed, settings.currency);
    });
    return { outcome: "placed", orderId: order.id, invoiceNumber: invoice.number };
  } catch (error) {
    log.error({ orderId: order.id, providerOrderId, ...errorFields(error) }, "recording a placed panel order failed: order left for review");
    return needsReview(order.id, `The panel accepted it as order #${providerOrderId}, but recording that failed: attach #${providerOrderId} below to invoice it.`);
  }
}

/** Whether the panel certainly did not create the order. */
function certainlyNotPlaced(error: ProviderError): boolean {
  if (error.kind === "invalid_request" || error.kind === "auth" || error.kind === "rate_limited") return true;
  // No HTTP answer and not ambiguous: the connection itself failed, nothing was sent.
  return error.kind === "transient" && !error.ambiguous && error.httpStatus === undefined;
}

async function recordFailedPlacement(orderId: string, error: ProviderError): Promise<PlaceOrderResult> {
  if (!certainlyNotPlaced(error)) {
    return needsReview(orderId, `The panel's answer was lost (${error.message}): the order may or may not exist on the panel.`);
  }
  const refused = error.kind === "invalid_request" || error.kind === "auth";
  const message = refused
    ? error.message
    : `The panel could not be reached (${error.message}). Nothing was ordered; try again in a moment.`;
  await db.$transaction(async (tx) => {
    await tx.order.update({ where: { id: orderId }, data: { status: "FAILED", lastError: message } });
    await recordOrderEvent(tx, orderId, refused ? "REFUSED" : "NOT_SENT", message, {
      kind: error.kind,
      ...(error.providerCode ? { code: error.providerCode } : {}),
    });
  });
  return refused
    ? { outcome: "refused", orderId, message, code: error.providerCode }
    : { outcome: "not_sent", orderId, message };
}

async function needsReview(orderId: string, message: string): Promise<PlaceOrderResult> {
  await db.$transaction(async (tx) => {
    await tx.order.update({ where: { id: orderId }, data: { status: "NEEDS_REVIEW", lastError: message } });
    await recordOrderEvent(tx, orderId, "NEEDS_REVIEW", message);
  });
  return { outcome: "needs_review", orderId, message };
}
