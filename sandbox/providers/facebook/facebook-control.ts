import { Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { parseJsonBody } from "../../control/control-validation";
import { pagesInputSchema, toSandboxPages } from "./facebook-account";
import type { FacebookSandboxState } from "./facebook-state";
import { addTokenControlRoutes } from "./token-control-routes";
import { addFacebookWebhookDeliveries } from "./webhook-deliveries";

/**
 * `/_control/facebook`: `GET|PUT /pages` (the sandbox user's Pages, with or without an Instagram
 * account), `GET /tokens`, `POST /tokens/revoke`, `POST /errors`, and signed deliveries to the
 * app: `POST /webhooks/deliver`, `POST /signed-requests/deliver`.
 */
export function createFacebookControl(state: FacebookSandboxState, context: SandboxContext): Hono {
  const control = new Hono();

  control.get("/pages", (c) => c.json({ pages: state.account.pages }));

  control.put("/pages", async (c) => {
    const input = await parseJsonBody(c, pagesInputSchema);
    if (!input.ok) return input.response;
    state.account.setPages(toSandboxPages(input.data));
    return c.json({ pages: state.account.pages });
  });

  addTokenControlRoutes(control, state.tokens, state.injectedErrors);
  addFacebookWebhookDeliveries(control, context.shutdownSignal, () => Math.floor(context.clock.nowMs() / 1000));
  return control;
}
