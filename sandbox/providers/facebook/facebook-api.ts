import { Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { addFacebookGraphRoutes } from "./facebook-graph-routes";
import { addFacebookOAuthRoutes } from "./facebook-oauth-routes";
import type { FacebookSandboxState } from "./facebook-state";
import { injectGraphErrors } from "./graph-error-injection";
import type { GraphErrorResponder } from "./graph-errors";

/** Graph under `/graph/:version/...`, as far as connecting Pages and Instagram accounts needs it. */
export function createFacebookApi(
  context: SandboxContext,
  state: FacebookSandboxState,
  respond: GraphErrorResponder,
  mountPath: string,
): Hono {
  const api = new Hono();
  api.use(injectGraphErrors(state.injectedErrors, respond));
  // The specific paths first: `/graph/:version/:nodeId` would answer them too.
  addFacebookOAuthRoutes(api, context, state, respond);
  addFacebookGraphRoutes(api, context, state, respond, mountPath);
  api.all("/graph/*", (c) =>
    respond(c, 400, { code: 100, message: `(#100) Unknown path components: ${c.req.path}`, type: "GraphMethodException" }),
  );
  return api;
}
