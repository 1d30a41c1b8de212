import { Decimal } from "decimal.js";
import { Hono } from "hono";
import { parseJsonBody } from "../../control/control-validation";
import {
  forceStatusInputSchema,
  setBalanceInputSchema,
  setLatencyInputSchema,
  setStatusWordInputSchema,
  type BalanceView,
  type SandboxOrderView,
} from "./control-schemas";
import type { FampagePanel } from "./fampage-panel";
import { PANEL_CURRENCY } from "./fampage-store";
import { idOf } from "./id-list";
import { defaultRemainsFor } from "./order-lifecycle";
import { panelMoney } from "./panel-views";
import type { SandboxOrder } from "./sandbox-order";

function toOrderView(order: SandboxOrder): SandboxOrderView {
  return {
    id: order.id,
    service: order.service.service,
    serviceType: order.service.type,
    target: order.target,
    quantity: order.quantity,
    status: order.status,
    charge: panelMoney(order.charge),
    startCount: order.startCount,
    remains: order.remains,
    createdAt: order.createdAt.toISOString(),
  };
}

/**
 * `/_control/fampage`: `GET /orders`, `GET /balance`, `POST /balance {balance}`,
 * `POST /orders/:id/status {status, remains?}` (pins the order in that status),
 * `POST /orders/:id/status-word {word}` (the status word the panel reports for it; null: the real one),
 * `GET|POST /latency {milliseconds}` (added before every API answer; reset with the sandbox).
 */
export function createFampageControl({ store, context }: FampagePanel): Hono {
  const control = new Hono();
  const balanceView = (): BalanceView => ({ balance: panelMoney(store.balance), currency: PANEL_CURRENCY });

  control.get("/orders", (c) => {
    store.advanceTo(context.clock.nowMs());
    return c.json({ orders: store.orders().map(toOrderView) });
  });

  control.get("/balance", (c) => {
    store.advanceTo(context.clock.nowMs());
    return c.json(balanceView());
  });

  control.post("/balance", async (c) => {
    const input = await parseJsonBody(c, setBalanceInputSchema);
    if (!input.ok) return input.response;
    store.setBalance(new Decimal(input.data.balance));
    return c.json(balanceView());
  });

  control.get("/latency", (c) => c.json({ milliseconds: store.latencyMs }));

  control.post("/latency", async (c) => {
    const input = await parseJsonBody(c, setLatencyInputSchema);
    if (!input.ok) return input.response;
    store.latencyMs = input.data.milliseconds;
    return c.json({ milliseconds: store.latencyMs });
  });

  control.post("/orders/:id/status", async (c) => {
    const input = await parseJsonBody(c, forceStatusInputSchema);
    if (!input.ok) return input.response;
    store.advanceTo(context.clock.nowMs());
    const orderId = idOf(c.req.param("id"));
    const order = orderId === undefined ? undefined : store.findOrder(orderId);
    if (order === undefined) return c.json({ error: "not_found", message: "No such order" }, 404);
    const remains = input.data.remains ?? defaultRemainsFor(order, input.data.status);
    if (remains > order.quantity) {
      return c.json({ error: "invalid_request", message: `remains cannot exceed the quantity (${order.quantity})` }, 400);
    }
    store.pinStatus(order, input.data.status, remains);
    return c.json({ order: toOrderView(order) });
  });

  control.post("/orders/:id/status-word", async (c) => {
    const input = await parseJsonBody(c, setStatusWordInputSchema);
    if (!input.ok) return input.response;
    const orderId = idOf(c.req.param("id"));
    const order = orderId === undefined ? undefined : store.findOrder(orderId);
    if (order === undefined) return c.json({ error: "not_found", message: "No such order" }, 404);
    if (input.data.word === null) delete order.reportedStatusWord;
    else order.reportedStatusWord = input.data.word;
    return c.json({ order: toOrderView(order) });
  });

  return control;
}
