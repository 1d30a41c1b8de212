import type { FampagePanel, PanelForm } from "./fampage-panel";
import { idOf, itemKeyOf, readIdList } from "./id-list";
import { PANEL_ERRORS, panelError, type PanelError } from "./panel-messages";
import { ACTIVE_ORDER_STATUSES } from "./sandbox-order";

/**
 * `action=cancel&orders=1,2`: `[{"order": 1, "cancel": 1}, {"order": 2, "cancel": {"error": "..."}}]`.
 * An accepted cancel turns the order Canceled at once and refunds its charge.
 */
export function cancelAction(form: PanelForm, { store }: FampagePanel): unknown {
  const list = readIdList(form.orders);
  if (!list.ok) return panelError(list.error);

  const cancel = (token: string): 1 | PanelError => {
    const orderId = idOf(token);
    const order = orderId === undefined ? undefined : store.findOrder(orderId);
    if (order === undefined) return panelError(PANEL_ERRORS.incorrectOrderId);
    if (order.service.cancel !== true) return panelError(PANEL_ERRORS.cancelDisabled);
    if (!ACTIVE_ORDER_STATUSES.has(order.status)) return panelError(PANEL_ERRORS.cancelUnavailable);
    store.pinStatus(order, "Canceled", order.quantity);
    return 1;
  };
  return list.tokens.map((token) => ({ order: itemKeyOf(token), cancel: cancel(token) }));
}
