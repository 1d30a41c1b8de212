import type { FampagePanel, PanelForm } from "./fampage-panel";
import { idOf, itemKeyOf, readIdList } from "./id-list";
import { PANEL_ERRORS, panelError, type PanelError } from "./panel-messages";
import { refillStatusAt } from "./sandbox-refill";

/** Refills are for services that promise them, once the order is Completed. */
function requestRefill(token: string | undefined, { store, context }: FampagePanel): number | PanelError {
  const orderId = idOf(token);
  const order = orderId === undefined ? undefined : store.findOrder(orderId);
  if (order === undefined) return panelError(PANEL_ERRORS.incorrectOrderId);
  if (!order.service.refill) return panelError(PANEL_ERRORS.refillDisabled);
  if (order.status !== "Completed") return panelError(PANEL_ERRORS.refillUnavailable);
  return store.addRefill(order.id, context.clock.nowMs()).id;
}

/** `action=refill`: `order=ID` → `{"refill": "1"}`; `orders=1,2` → `[{"order": 1, "refill": 1}, ...]`. */
export function refillAction(form: PanelForm, panel: FampagePanel): unknown {
  if (form.orders === undefined) {
    const refillId = requestRefill(form.order, panel);
    return typeof refillId === "number" ? { refill: String(refillId) } : refillId;
  }
  const list = readIdList(form.orders);
  if (!list.ok) return panelError(list.error);
  return list.tokens.map((token) => ({ order: itemKeyOf(token), refill: requestRefill(token, panel) }));
}

/** `action=refill_status`: `refill=ID` → `{"status": "..."}`; `refills=1,2` → `[{"refill": 1, "status": ...}, ...]`. */
export function refillStatusAction(form: PanelForm, { store, context }: FampagePanel): unknown {
  const statusOf = (token: string | undefined): string | PanelError => {
    const refillId = idOf(token);
    const refill = refillId === undefined ? undefined : store.findRefill(refillId);
    return refill === undefined ? panelError(PANEL_ERRORS.refillNotFound) : refillStatusAt(refill, context.clock.nowMs());
  };

  if (form.refills === undefined) {
    const status = statusOf(form.refill);
    return typeof status === "string" ? { status } : status;
  }
  const list = readIdList(form.refills);
  if (!list.ok) return panelError(list.error);
  return list.tokens.map((token) => ({ refill: itemKeyOf(token), status: statusOf(token) }));
}
