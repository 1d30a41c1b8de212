import { addAction } from "./add-action";
import { cancelAction } from "./cancel-action";
import { SANDBOX_CATALOG } from "./catalog";
import type { FampagePanel, PanelForm } from "./fampage-panel";
import { PANEL_CURRENCY } from "./fampage-store";
import { PANEL_ERRORS, panelError } from "./panel-messages";
import { panelMoney, serviceView } from "./panel-views";
import { refillAction, refillStatusAction } from "./refill-actions";
import { statusAction } from "./status-action";

/** The key the dev/test stack gives the app (scripts/lib/sandbox-env.ts). */
export const SANDBOX_API_KEY = "fampage-sandbox-key";

type ActionHandler = (form: PanelForm, panel: FampagePanel) => unknown;

const ACTIONS: ReadonlyMap<string, ActionHandler> = new Map<string, ActionHandler>([
  ["services", () => SANDBOX_CATALOG.map(serviceView)],
  ["add", addAction],
  ["status", statusAction],
  ["refill", refillAction],
  ["refill_status", refillStatusAction],
  ["cancel", cancelAction],
  ["balance", (_form, { store }) => ({ balance: panelMoney(store.balance), currency: PANEL_CURRENCY })],
]);

/** Actions that read the whole account (the balance, the one-active-order-per-link rule) bring every order up to now first. */
const WHOLE_ACCOUNT_ACTIONS = new Set(["add", "balance"]);

/**
 * The JSON body the panel answers to one API request. Like the real panel, refusals are
 * `{"error": "..."}` bodies (sent with HTTP 200), never HTTP errors.
 */
export function answerPanelRequest(form: PanelForm, panel: FampagePanel): unknown {
  if (form.key !== SANDBOX_API_KEY) return panelError(PANEL_ERRORS.invalidApiKey);
  const handler = form.action === undefined ? undefined : ACTIONS.get(form.action);
  if (handler === undefined) return panelError(PANEL_ERRORS.incorrectRequest);
  if (WHOLE_ACCOUNT_ACTIONS.has(form.action as string)) panel.store.advanceTo(panel.context.clock.nowMs());
  return handler(form, panel);
}
