"use server";

import { formInput } from "@/lib/forms/form-fields";
import { redirect } from "next/navigation";
import { returnValidationErrors } from "next-safe-action";
import { UserFacingError } from "@/lib/errors";
import { OrderValidationError } from "@/lib/orders/errors";
import { placeOrder } from "@/lib/orders/place-order";
import { checkRefillStatus, requestCancel, requestRefill } from "@/lib/orders/refill-and-cancel";
import { checkPanelOrder, confirmNotPlaced, confirmPlacedOnPanel } from "@/lib/orders/resolve-review";
import { latestStatusSync, requestStatusSync } from "@/lib/orders/status-sync";
import { syncOrder, type SyncSummary } from "@/lib/orders/sync-order-statuses";
import { isProviderError } from "@/lib/providers/core";
import { statusSyncView } from "@/lib/orders/status-sync-view";
import { adminActionClient } from "./safe-action";
import { confirmPlacedSchema, orderIdSchema, placeOrderSchema } from "./orders.validation";

/** Panel failures carry safe, specific messages: show them rather than a generic error. */
async function withPanelErrorsShown<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isProviderError(error)) throw new UserFacingError(`The panel did not answer as expected: ${error.message}`);
    throw error;
  }
}

export const placeOrderAction = adminActionClient
  .metadata({ actionName: "placeOrder" })
  .inputSchema(formInput(placeOrderSchema))
  .stateAction(async ({ parsedInput }) => {
    // The below-cost confirmation was checked by the schema; the domain needs only the multiplier.
    const { runs, interval, confirmBelowCost: _confirmed, ...rest } = parsedInput;
    let result;
    try {
      result = await placeOrder({ ...rest, dripFeed: runs && interval ? { runs, intervalMinutes: interval } : undefined });
    } catch (error) {
      if (!(error instanceof OrderValidationError)) throw error;
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, message]) => [field === "intervalMinutes" ? "interval" : field, { _errors: [message] }]),
      );
      return returnValidationErrors(placeOrderSchema, fieldErrors);
    }
    switch (result.outcome) {
      case "placed":
        redirect(`/orders/${result.orderId}?placed=1`);
      case "duplicate":
      case "needs_review":
        redirect(`/orders/${result.orderId}`);
      // Answered as data, not errors: the form may only start a new attempt (a new
      // idempotency key) when the server knows nothing was ordered.
      case "refused":
        return { notPlaced: `The panel refused the order: ${result.message}` };
      case "not_sent":
        return { notPlaced: result.message };
    }
  });

function describeSync(summary: SyncSummary): string {
  const parts = [`${summary.checked} checked`, `${summary.changed} updated`];
  if (summary.creditNotes) parts.push(`${summary.creditNotes} credit note${summary.creditNotes === 1 ? "" : "s"} issued`);
  if (summary.failed) parts.push(`${summary.failed} could not be checked`);
  return `Status sync: ${parts.join(", ")}.`;
}

export const syncOrderAction = adminActionClient
  .metadata({ actionName: "syncOrder" })
  .inputSchema(orderIdSchema)
  .action(async ({ parsedInput }) => ({ message: describeSync(await withPanelErrorsShown(() => syncOrder(parsedInput.orderId))) }));

/** Starts the sync in the background and answers at once: the page follows its progress. */
export const syncOpenOrdersAction = adminActionClient.metadata({ actionName: "syncOpenOrders" }).action(async () => {
  const sync = await requestStatusSync("admin");
  return { syncId: sync.id };
});

export const statusSyncProgressAction = adminActionClient.metadata({ actionName: "statusSyncProgress" }).action(async () => {
  const sync = await latestStatusSync();
  return sync && statusSyncView(sync);
});

export const refillOrderAction = adminActionClient
  .metadata({ actionName: "refillOrder" })
  .inputSchema(orderIdSchema)
  .action(async ({ parsedInput }) => {
    const { refillId } = await requestRefill(parsedInput.orderId);
    return { message: `Refill #${refillId} requested.` };
  });

export const checkRefillStatusAction = adminActionClient
  .metadata({ actionName: "checkRefillStatus" })
  .inputSchema(orderIdSchema)
  .action(async ({ parsedInput }) => {
    const { refillId, status } = await checkRefillStatus(parsedInput.orderId);
    return { message: `Refill #${refillId}: ${status}.` };
  });

export const cancelOrderAction = adminActionClient
  .metadata({ actionName: "cancelOrder" })
  .inputSchema(orderIdSchema)
  .action(async ({ parsedInput }) => {
    await requestCancel(parsedInput.orderId);
    return { message: "Cancellation requested: the panel reports the outcome at the next sync." };
  });

export const confirmPlacedAction = adminActionClient
  .metadata({ actionName: "confirmOrderPlaced" })
  .inputSchema(confirmPlacedSchema)
  .action(async ({ parsedInput }) => {
    const { invoiceNumber } = await withPanelErrorsShown(() => confirmPlacedOnPanel(parsedInput.orderId, parsedInput.providerOrderId));
    return { message: `Order attached to panel order #${parsedInput.providerOrderId}; invoice ${invoiceNumber} issued.` };
  });

/** Read-only: what the panel reports for the number, next to the order, before confirming. */
export const checkPanelOrderAction = adminActionClient
  .metadata({ actionName: "checkPanelOrder" })
  .inputSchema(formInput(confirmPlacedSchema))
  .stateAction(async ({ parsedInput }) => withPanelErrorsShown(() => checkPanelOrder(parsedInput.orderId, parsedInput.providerOrderId)));

export const confirmNotPlacedAction = adminActionClient
  .metadata({ actionName: "confirmOrderNotPlaced" })
  .inputSchema(orderIdSchema)
  .action(async ({ parsedInput }) => {
    await confirmNotPlaced(parsedInput.orderId);
    return { message: "Order closed as not placed. Nothing was invoiced." };
  });
