import type { FampagePanel, PanelForm } from "./fampage-panel";
import { idOf, readIdList } from "./id-list";
import { PANEL_ERRORS, panelError } from "./panel-messages";
import { orderStatusView } from "./panel-views";

/** `action=status`: `order=ID` answers one status object, `orders=1,2` a map keyed by id. */
export function statusAction(form: PanelForm, { store }: FampagePanel): unknown {
  const statusOf = (token: string | undefined): unknown => {
    const orderId = idOf(token);
    const order = orderId === undefined ? undefined : store.findOrder(orderId);
    return order === undefined ? panelError(PANEL_ERRORS.incorrectOrderId) : orderStatusView(order);
  };

  if (form.orders === undefined) return statusOf(form.order);
  const list = readIdList(form.orders);
  if (!list.ok) return panelError(list.error);
  return Object.fromEntries(list.tokens.map((token) => [token, statusOf(token)]));
}
