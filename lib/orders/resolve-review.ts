import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserFacingError } from "@/lib/errors";
import { issueOrderInvoice } from "@/lib/invoices/issue-invoices";
import { fampageClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import { getSettings } from "@/lib/settings";
import { applyPanelStatus } from "./apply-panel-status";
import { recordOrderEvent } from "./timeline";

async function loadOrderUnderReview(orderId: string) {
  const order = await db.order.findUnique({ where: { id: orderId } });
  if (!order) throw new UserFacingError("This order does not exist.");
  if (order.status !== "NEEDS_REVIEW") throw new UserFacingError("This order does not need a review any more.");
  return order;
}

/**
 * The administrator found the order on the panel: attach the panel's order id
 * (checked against the panel, so a typo cannot attach someone else's order),
 * invoice it and take the panel's current status.
 */
export async function confirmPlacedOnPanel(orderId: string, providerOrderId: number): Promise<{ invoiceNumber: string }> {
  const order = await loadOrderUnderReview(orderId);
  let panelStatus;
  try {
    panelStatus = await fampageClient().getOrderStatus(providerOrderId, { companyId: order.companyId, orderId });
  } catch (error) {
    if (isProviderError(error) && error.kind === "invalid_request") {
      throw new UserFacingError(`The panel does not know order #${providerOrderId}: ${error.message}`);
    }
    throw error;
  }
  const settings = await getSettings();
  try {
    return await db.$transaction(async (tx) => {
      const placed = await tx.order.update({
        where: { id: orderId, status: "NEEDS_REVIEW" },
        data: { providerOrderId, status: "PENDING", placedAt: new Date(), lastError: null, currency: settings.currency },
      });
      await recordOrderEvent(tx, orderId, "REVIEW_RESOLVED", `Confirmed on the panel as order #${providerOrderId}.`, {
        providerOrderId,
      });
      const invoice = await issueOrderInvoice(tx, placed, settings.currency);
      await applyPanelStatus(tx, placed, panelStatus);
      return { invoiceNumber: invoice.number };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError(`Panel order #${providerOrderId} is already attached to another order.`);
    throw error;
  }
}

/** The administrator checked the panel and the order is not there: close it, uninvoiced. */
export async function confirmNotPlaced(orderId: string): Promise<void> {
  await loadOrderUnderReview(orderId);
  await db.$transaction(async (tx) => {
    await tx.order.update({
      where: { id: orderId, status: "NEEDS_REVIEW" },
      data: { status: "FAILED", lastError: "Confirmed absent from the panel after review." },
    });
    await recordOrderEvent(tx, orderId, "REVIEW_RESOLVED", "Confirmed absent from the panel; nothing was invoiced.");
  });
}
