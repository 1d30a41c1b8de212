import type { Decimal } from "decimal.js";
import type { CatalogService } from "./catalog";

export const PANEL_ORDER_STATUSES = ["Pending", "In progress", "Processing", "Completed", "Partial", "Canceled"] as const;
export type PanelOrderStatus = (typeof PANEL_ORDER_STATUSES)[number];

/** Orders in these statuses are still running: they block a second order for the same link. */
export const ACTIVE_ORDER_STATUSES: ReadonlySet<PanelOrderStatus> = new Set(["Pending", "In progress", "Processing"]);

export type OrderOutcome = "Completed" | "Partial" | "Canceled";

/** Where an order is heading by itself, on the sandbox clock. */
export type OrderPlan = {
  /** Pending until then. */
  startsAtMs: number;
  /** In progress until then, then `outcome`. */
  finishesAtMs: number;
  outcome: OrderOutcome;
  /** Units left undelivered once the order ends. */
  finalRemains: number;
};

export type SandboxOrder = {
  id: number;
  service: CatalogService;
  /** The link, or a subscription's username: what "active order with this link" compares. */
  target: string;
  /** Units to deliver (for drip-feed: all runs together). */
  quantity: number;
  /** The price of full delivery, taken from the balance when the order was placed. */
  fullCharge: Decimal;
  /** What the order costs now: reduced when it ends Partial, zero when Canceled. */
  charge: Decimal;
  /** The counter when delivery started; the panel reports 0 while the order is Pending. */
  startCount: number;
  remains: number;
  status: PanelOrderStatus;
  createdAt: Date;
  /** Null once the order has ended or the control API has pinned its status. */
  plan: OrderPlan | null;
  /**
   * Test hook (control API): the word `action=status` reports instead of `status`, which keeps
   * moving as usual. Lets tests send a status word the app does not know ("Refunded").
   */
  reportedStatusWord?: string;
};
