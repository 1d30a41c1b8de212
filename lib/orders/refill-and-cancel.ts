import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Order, Service } from "@/lib/generated/prisma/client";
import { fampageClient } from "@/lib/providers/app-clients";
import type { RefillStatus } from "@/lib/providers/fampage";
import { isProviderError } from "@/lib/providers/core";
import { OPEN_ORDER_STATUSES } from "./apply-panel-status";
import { recordOrderEvent } from "./timeline";

type OrderWithService = Order & { service: Pick<Service, "refill" | "cancel"> };

const REFILLABLE_STATUSES: Order["status"][] = ["COMPLETED", "PARTIAL"];

/** Which follow-up actions the panel allows for this order now. */
export function orderActions(order: OrderWithService) {
  const placed = order.providerOrderId !== null;
  return {
    canRefill: placed && order.service.refill && REFILLABLE_STATUSES.includes(order.status),
    canCancel: placed && order.service.cancel && OPEN_ORDER_STATUSES.includes(order.status),
  };
}

async function loadPlacedOrder(orderId: string): Promise<OrderWithService & { providerOrderId: number }> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { service: { select: { refill: true, cancel: true } } } });
  if (!order) throw new UserFacingError("This order does not exist.");
  if (order.providerOrderId === null) throw new UserFacingError("This order was never placed on the panel.");
  return { ...order, providerOrderId: order.providerOrderId };
}

/** A refill the panel may still be working on: requested, and not reported finished since. */
const FINISHED_REFILL_STATUSES: readonly RefillStatus[] = ["Completed", "Rejected", "Canceled"];

/** The order's latest refill, when the panel has not reported it finished. */
export async function runningRefill(orderId: string): Promise<{ refillId: number; lastStatus: RefillStatus | null } | null> {
  const refillId = await latestRefillId(orderId);
  if (refillId === null) return null;
  const reports = await db.orderEvent.findMany({ where: { orderId, type: "REFILL_STATUS" }, orderBy: { createdAt: "desc" } });
  const latest = reports.find((event) => (event.data as { refillId?: unknown } | null)?.refillId === refillId);
  const lastStatus = ((latest?.data as { status?: RefillStatus } | null)?.status ?? null) as RefillStatus | null;
  return lastStatus !== null && FINISHED_REFILL_STATUSES.includes(lastStatus) ? null : { refillId, lastStatus };
}

/**
 * Asks the panel to top the order up again; the refill id goes into the timeline.
 * Refused while the previous refill is still running: the panel would refuse or double it.
 */
export async function requestRefill(orderId: string): Promise<{ refillId: number }> {
  const order = await loadPlacedOrder(orderId);
  if (!orderActions(order).canRefill) {
    throw new UserFacingError(
      order.service.refill ? "A refill can be requested once the order is completed." : "This service does not offer refills.",
    );
  }
  const running = await runningRefill(orderId);
  if (running) {
    const state = running.lastStatus ? `last reported ${running.lastStatus}` : "not reported on yet";
    throw new UserFacingError(
      `Refill #${running.refillId} is still running (${state}). Check its status; a new refill can be requested once it is finished.`,
    );
  }
  try {
    const refill = await fampageClient().refill(order.providerOrderId, { companyId: order.companyId, orderId });
    await db.$transaction((tx) =>
      recordOrderEvent(tx, orderId, "REFILL_REQUESTED", `Refill #${refill.refillId} requested.`, { refillId: refill.refillId }),
    );
    return { refillId: refill.refillId };
  } catch (error) {
    throw await refusal(orderId, error, "REFILL_REFUSED", "refill");
  }
}

/** The id of the order's latest refill request, read from its timeline. */
export async function latestRefillId(orderId: string): Promise<number | null> {
  const event = await db.orderEvent.findFirst({ where: { orderId, type: "REFILL_REQUESTED" }, orderBy: { createdAt: "desc" } });
  const refillId = (event?.data as { refillId?: unknown } | null)?.refillId;
  return typeof refillId === "number" ? refillId : null;
}

/** Asks the panel how the latest refill is going and keeps the answer in the timeline. */
export async function checkRefillStatus(orderId: string): Promise<{ refillId: number; status: RefillStatus }> {
  const order = await loadPlacedOrder(orderId);
  const refillId = await latestRefillId(orderId);
  if (refillId === null) throw new UserFacingError("No refill has been requested for this order.");
  try {
    const status = await fampageClient().refillStatus(refillId, { companyId: order.companyId, orderId });
    await db.$transaction((tx) => recordOrderEvent(tx, orderId, "REFILL_STATUS", `Refill #${refillId}: ${status}.`, { refillId, status }));
    return { refillId, status };
  } catch (error) {
    if (isProviderError(error)) throw new UserFacingError(`The panel did not report on refill #${refillId}: ${error.message}`);
    throw error;
  }
}

/** Asks the panel to cancel; the order turns Canceled when the panel reports it. */
export async function requestCancel(orderId: string): Promise<void> {
  const order = await loadPlacedOrder(orderId);
  if (!orderActions(order).canCancel) {
    throw new UserFacingError(
      order.service.cancel ? "Only an order still in progress can be canceled." : "This service does not allow cancellation.",
    );
  }
  try {
    const results = await fampageClient().cancel([order.providerOrderId], { companyId: order.companyId, orderId });
    const result = results.get(order.providerOrderId);
    if (!result?.ok) throw new UserFacingError(`The panel refused to cancel: ${result?.error ?? "no answer for this order"}.`);
    await db.$transaction((tx) =>
      recordOrderEvent(tx, orderId, "CANCEL_REQUESTED", "Cancellation requested; the panel will report the outcome."),
    );
  } catch (error) {
    throw await refusal(orderId, error, "CANCEL_REFUSED", "cancellation");
  }
}

async function refusal(
  orderId: string,
  error: unknown,
  type: "REFILL_REFUSED" | "CANCEL_REFUSED",
  what: string,
): Promise<Error> {
  const message =
    error instanceof UserFacingError
      ? error.message
      : isProviderError(error)
        ? `The panel did not accept the ${what}: ${error.message}`
        : null;
  if (message === null) return error as Error;
  await db.$transaction((tx) => recordOrderEvent(tx, orderId, type, message));
  return new UserFacingError(message);
}
