import { Decimal } from "decimal.js";
import type { SeededRandom } from "../../core/seeded-random";
import type { OrderOutcome, OrderPlan, PanelOrderStatus, SandboxOrder } from "./sandbox-order";

/**
 * Timings on the sandbox clock: an order is Pending for 30-240 s, then In progress for
 * 10-30 min (plus the drip-feed intervals), so advancing the clock by 5 min always finds it
 * In progress and by 1 hour always finds it ended.
 */
const PENDING_SECONDS = { min: 30, max: 240 } as const;
const DELIVERY_SECONDS = { min: 600, max: 1_800 } as const;
/** The share of a Partial order left undelivered. */
const PARTIAL_SHORTFALL = { min: 0.1, max: 0.6 } as const;
const MAX_START_COUNT = 20_000;
const ZERO = new Decimal(0);

/** Demo and test hook: a link mentioning `cancel` ends Canceled, one mentioning `partial` ends Partial. */
function outcomeForTarget(target: string): OrderOutcome {
  const lowered = target.toLowerCase();
  if (lowered.includes("cancel")) return "Canceled";
  if (lowered.includes("partial")) return "Partial";
  return "Completed";
}

export type NewOrder = Omit<SandboxOrder, "id">;

export type OrderDraft = {
  service: SandboxOrder["service"];
  target: string;
  quantity: number;
  fullCharge: Decimal;
  /** Extra delivery time spread over drip-feed runs. */
  dripFeedSeconds: number;
  now: Date;
};

/** A Pending order with its whole future drawn from the seeded random source. */
export function createOrder(draft: OrderDraft, random: SeededRandom): NewOrder {
  const between = (range: { min: number; max: number }): number => range.min + random.next() * (range.max - range.min);
  const pendingSeconds = between(PENDING_SECONDS);
  const deliverySeconds = between(DELIVERY_SECONDS) + draft.dripFeedSeconds;
  const shortfall = between(PARTIAL_SHORTFALL);
  const startCount = random.int(MAX_START_COUNT);

  const outcome = outcomeForTarget(draft.target);
  const partialRemains = Math.min(draft.quantity, Math.max(1, Math.ceil(draft.quantity * shortfall)));
  const finalRemains = outcome === "Completed" ? 0 : outcome === "Canceled" ? draft.quantity : partialRemains;
  const startsAtMs = draft.now.getTime() + pendingSeconds * 1000;
  const plan: OrderPlan = { startsAtMs, finishesAtMs: startsAtMs + deliverySeconds * 1000, outcome, finalRemains };

  return {
    service: draft.service,
    target: draft.target,
    quantity: draft.quantity,
    fullCharge: draft.fullCharge,
    charge: draft.fullCharge,
    startCount,
    remains: draft.quantity,
    status: "Pending",
    createdAt: draft.now,
    plan,
  };
}

function chargeFor(order: SandboxOrder, status: PanelOrderStatus, remains: number): Decimal {
  if (status === "Canceled") return ZERO;
  if (status !== "Partial") return order.fullCharge;
  const delivered = order.quantity - remains;
  return order.fullCharge.times(delivered).dividedBy(order.quantity).toDecimalPlaces(5, Decimal.ROUND_HALF_UP);
}

/**
 * Puts an order in `status` for good (end of its plan, accepted cancel, control API) and
 * re-prices it. Returns what goes back to the balance (negative when it costs more again).
 */
export function pinOrderStatus(order: SandboxOrder, status: PanelOrderStatus, remains: number): Decimal {
  const previousCharge = order.charge;
  order.status = status;
  order.remains = remains;
  order.charge = chargeFor(order, status, remains);
  order.plan = null;
  return previousCharge.minus(order.charge);
}

/** Moves an order along its plan up to `nowMs`; returns what goes back to the balance. */
export function advanceOrder(order: SandboxOrder, nowMs: number): Decimal {
  const { plan } = order;
  if (plan === null || nowMs < plan.startsAtMs) return ZERO;
  // The panel cancels such orders as soon as it looks at them, when the pending phase ends.
  if (plan.outcome === "Canceled" || nowMs >= plan.finishesAtMs) {
    return pinOrderStatus(order, plan.outcome, plan.finalRemains);
  }
  const progress = (nowMs - plan.startsAtMs) / (plan.finishesAtMs - plan.startsAtMs);
  order.status = "In progress";
  order.remains = order.quantity - Math.floor(progress * (order.quantity - plan.finalRemains));
  return ZERO;
}

/** What `remains` becomes when the control API pins a status without saying. */
export function defaultRemainsFor(order: SandboxOrder, status: PanelOrderStatus): number {
  switch (status) {
    case "Completed":
      return 0;
    case "Canceled":
      return order.quantity;
    case "Partial":
      return Math.max(1, Math.ceil(order.quantity / 2));
    default:
      return order.remains;
  }
}
