import { Hono } from "hono";
import { parseJsonBody } from "../../control/control-validation";
import { addTokenControlRoutes } from "../facebook/token-control-routes";
import { accountInputSchema, toSandboxLogin } from "./instagram-account";
import type { InstagramSandboxState } from "./instagram-state";

/**
 * `/_control/instagram`: `GET|PUT /account` (the professional account that logs in),
 * `GET /tokens`, `POST /tokens/revoke`, `POST /errors`.
 */
export function createInstagramControl(state: InstagramSandboxState): Hono {
  const control = new Hono();

  control.get("/account", (c) => c.json({ account: state.login }));

  control.put("/account", async (c) => {
    const input = await parseJsonBody(c, accountInputSchema);
    if (!input.ok) return input.response;
    state.login = toSandboxLogin(input.data);
    return c.json({ account: state.login });
  });

  addTokenControlRoutes(control, state.tokens, state.injectedErrors);
  return control;
}
