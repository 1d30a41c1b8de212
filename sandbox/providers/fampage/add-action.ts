import { findCatalogService } from "./catalog";
import type { FampagePanel, PanelForm } from "./fampage-panel";
import { idOf } from "./id-list";
import { createOrder } from "./order-lifecycle";
import { readOrderRequest } from "./order-request";
import { PANEL_ERRORS, panelError, type PanelError } from "./panel-messages";

/** `action=add`: validate like the panel, refuse a second active order per link, charge, answer `{"order": id}`. */
export function addAction(form: PanelForm, { store, context }: FampagePanel): { order: number } | PanelError {
  const serviceId = idOf(form.service);
  const service = serviceId === undefined ? undefined : findCatalogService(serviceId);
  if (service === undefined) return panelError(PANEL_ERRORS.incorrectServiceId);

  const read = readOrderRequest(service, form);
  if (!read.ok) return panelError(read.error);
  const { request } = read;
  if (store.hasActiveOrder(service.service, request.target)) return panelError(PANEL_ERRORS.activeOrderForLink);
  if (store.balance.lessThan(request.fullCharge)) return panelError(PANEL_ERRORS.notEnoughFunds);

  const order = store.placeOrder(createOrder({ ...request, service, now: context.clock.now() }, context.random));
  return { order: order.id };
}
