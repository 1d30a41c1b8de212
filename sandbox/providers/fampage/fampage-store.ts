import { Decimal } from "decimal.js";
import { advanceOrder, pinOrderStatus, type NewOrder } from "./order-lifecycle";
import { ACTIVE_ORDER_STATUSES, type PanelOrderStatus, type SandboxOrder } from "./sandbox-order";
import type { SandboxRefill } from "./sandbox-refill";

export const PANEL_CURRENCY = "USD";
const STARTING_BALANCE = "100.84292";
/** Panel order ids are large and sequential; starting high makes them look like the real ones. */
const FIRST_ORDER_ID = 23_501;

/**
 * The simulated panel account: balance, orders and refills. Orders move along their plan
 * lazily: `findOrder` brings the one asked about up to now (a status lookup costs the same
 * whatever the number of orders), `advanceTo` brings them all (balance, control views).
 */
export class FampageStore {
  readonly #nowMs: () => number;
  #balance = new Decimal(STARTING_BALANCE);
  #orders = new Map<number, SandboxOrder>();
  #refills = new Map<number, SandboxRefill>();
  /** Order ids per service and target, for the one-active-order-per-link rule without walking every order. */
  #byTarget = new Map<string, number[]>();
  #nextOrderId = FIRST_ORDER_ID;
  #nextRefillId = 1;
  /** Added before every API answer (`POST /_control/fampage/latency`), like a distant panel. */
  latencyMs = 0;

  constructor(nowMs: () => number) {
    this.#nowMs = nowMs;
  }

  get balance(): Decimal {
    return this.#balance;
  }

  setBalance(balance: Decimal): void {
    this.#balance = balance;
  }

  /** Takes the order's price from the balance and files it under the next id. */
  placeOrder(newOrder: NewOrder): SandboxOrder {
    const order = { ...newOrder, id: this.#nextOrderId++ };
    this.#orders.set(order.id, order);
    const key = targetKey(order.service.service, order.target);
    this.#byTarget.set(key, [...(this.#byTarget.get(key) ?? []), order.id]);
    this.#balance = this.#balance.minus(order.fullCharge);
    return order;
  }

  /** The order as it stands now on the sandbox clock. */
  findOrder(orderId: number): SandboxOrder | undefined {
    const order = this.#orders.get(orderId);
    if (order?.plan) this.#balance = this.#balance.plus(advanceOrder(order, this.#nowMs()));
    return order;
  }

  orders(): SandboxOrder[] {
    return [...this.#orders.values()];
  }

  hasActiveOrder(serviceId: number, target: string): boolean {
    return (this.#byTarget.get(targetKey(serviceId, target)) ?? []).some((orderId) => {
      const order = this.findOrder(orderId);
      return order !== undefined && ACTIVE_ORDER_STATUSES.has(order.status);
    });
  }

  /** Pins an order's status and settles the difference in price with the balance. */
  pinStatus(order: SandboxOrder, status: PanelOrderStatus, remains: number): void {
    this.#balance = this.#balance.plus(pinOrderStatus(order, status, remains));
  }

  /** Moves every order along to `nowMs`, refunding what Partial and Canceled orders no longer cost. */
  advanceTo(nowMs: number): void {
    for (const order of this.#orders.values()) {
      if (order.plan === null) continue;
      const refund = advanceOrder(order, nowMs);
      if (!refund.isZero()) this.#balance = this.#balance.plus(refund);
    }
  }

  addRefill(orderId: number, createdAtMs: number): SandboxRefill {
    const refill = { id: this.#nextRefillId++, orderId, createdAtMs };
    this.#refills.set(refill.id, refill);
    return refill;
  }

  findRefill(refillId: number): SandboxRefill | undefined {
    return this.#refills.get(refillId);
  }

  clear(): void {
    this.#balance = new Decimal(STARTING_BALANCE);
    this.#orders.clear();
    this.#refills.clear();
    this.#byTarget.clear();
    this.#nextOrderId = FIRST_ORDER_ID;
    this.#nextRefillId = 1;
    this.latencyMs = 0;
  }
}

const targetKey = (serviceId: number, target: string): string => `${serviceId}\n${target}`;
