import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { UserFacingError } from "@/lib/errors";
import { issueOrderInvoice } from "@/lib/invoices/issue-invoices";
import { fampageClient } from "@/lib/providers/app-clients";
import type { Order } from "@/lib/generated/prisma/client";
import { isProviderError } from "@/lib/providers/core";
import type { PanelOrderStatus } from "@/lib/providers/fampage";
import { getSettings } from "@/lib/settings";
import { applyPanelStatus } from "./apply-panel-status";
import { matchPanelOrder } from "./panel-order-match";
import { recordOrderEvent } from "./timeline";

async function loadOrderUnderReview(orderId: string) {
  const order = await db.order.findUnique({ where: { id: orderId } });
  if (!order) throw new UserFacingError("This order does not exist.");
  if (order.status !== "NEEDS_REVIEW") throw new UserFacingError("This order does not need a review any more.");
  return order;
}

async function readPanelOrder(order: Order, providerOrderId: number): Promise<PanelOrderStatus> {
  try {
    return await fampageClient().getOrderStatus(providerOrderId, { companyId: order.companyId, orderId: order.id });
  } catch (error) {
    if (isProviderError(error) && error.kind === "invalid_request") {
      throw new UserFacingError(`The panel does not know order #${providerOrderId}: ${error.message}`);
    }
    throw error;
  }
}

export type PanelOrderCheck = {
  providerOrderId: number;
  panel: { status: string; charge: string; currency: string; startCount: number | null; remains: number };
  ours: { quantity: number; link: string; expectedCost: string; currency: string };
  impliedQuantity: number | null;
  /** Why it cannot be attached; empty when it can. */
  problems: string[];
};

async function checkAgainstPanel(order: Order, providerOrderId: number, agencyCurrency: string) {
  const panelStatus = await readPanelOrder(order, providerOrderId);
  const currency = order.currency ?? agencyCurrency;
  const match = matchPanelOrder({ quantity: order.quantity, ratePer1000: order.ratePer1000, currency }, panelStatus);
  const attached = await db.order.findUnique({ where: { providerOrderId }, select: { id: true } });
  const problems = attached && attached.id !== order.id ? [`Panel order #${providerOrderId} is already attached to another order.`, ...match.problems] : match.problems;
  return { panelStatus, currency, match, problems };
}

/**
 * What the panel reports for `providerOrderId`, next to the order under review, before the
 * administrator confirms. The panel's API reports status, charge, start count, remains and
 * currency, never an order's link or quantity: the quantity is inferred from the charge.
 */
export async function checkPanelOrder(orderId: string, providerOrderId: number): Promise<PanelOrderCheck> {
  const order = await loadOrderUnderReview(orderId);
  const { currency } = await getSettings();
  const { panelStatus, match, problems, currency: orderCurrency } = await checkAgainstPanel(order, providerOrderId, currency);
  return {
    providerOrderId,
    panel: {
      status: panelStatus.status,
      charge: panelStatus.charge.toString(),
      currency: panelStatus.currency,
      startCount: panelStatus.startCount,
      remains: panelStatus.remains,
    },
    ours: { quantity: order.quantity, link: order.link, expectedCost: order.expectedCost.toString(), currency: orderCurrency },
    impliedQuantity: match.impliedQuantity,
    problems,
  };
}

/**
 * The administrator found the order on the panel: attach the panel's order id
 * (checked against the panel, so a typo cannot attach someone else's order: the
 * panel's currency, remains and charge must fit our quantity at our rate),
 * invoice it and take the panel's current status.
 */
export async function confirmPlacedOnPanel(orderId: string, providerOrderId: number): Promise<{ invoiceNumber: string }> {
  const order = await loadOrderUnderReview(orderId);
  const settings = await getSettings();
  const { panelStatus, problems } = await checkAgainstPanel(order, providerOrderId, settings.currency);
  if (problems.length > 0) throw new UserFacingError(`Panel order #${providerOrderId} does not look like this order, so it was not attached. ${problems.join(" ")}`);
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
