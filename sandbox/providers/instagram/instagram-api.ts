import { Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { injectGraphErrors } from "../facebook/graph-error-injection";
import type { GraphErrorResponder } from "../facebook/graph-errors";
import { addInstagramGraphRoutes } from "./instagram-graph-routes";
import { addInstagramCodeExchangeRoute } from "./instagram-oauth-route";
import type { InstagramSandboxState } from "./instagram-state";

/** `api.instagram.com` under `/api` and `graph.instagram.com` under `/graph`. */
export function createInstagramApi(
  context: SandboxContext,
  state: InstagramSandboxState,
  respond: GraphErrorResponder,
): Hono {
  const api = new Hono();
  api.use(injectGraphErrors(state.injectedErrors, respond));
  addInstagramCodeExchangeRoute(api, context, state);
  addInstagramGraphRoutes(api, context, state, respond);
  api.all("/graph/*", (c) =>
    respond(c, 400, { code: 100, message: `(#100) Unknown path components: ${c.req.path}`, type: "GraphMethodException" }),
  );
  return api;
}
