import { Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { requireAccessToken, type ApiEnv } from "./api-access";
import { registerContactActivityRoutes } from "./contact-activity-routes";
import { registerBackendRoutes } from "./backend-routes";
import { registerContactRoutes } from "./contact-routes";
import type { GhlStore } from "./ghl-store";
import { registerLocationRoutes } from "./location-routes";
import type { GhlRateLimiter } from "./rate-limiter";
import { registerTokenRoute } from "./token-route";
import { registerUserRoutes } from "./user-routes";

/**
 * GoHighLevel as far as the app uses it: `/api` stands for services.leadconnectorhq.com (the
 * token endpoint, then bearer-protected calls) and `/backend` for backend.leadconnectorhq.com.
 */
export function createGhlApi(context: SandboxContext, store: GhlStore, limiter: GhlRateLimiter): Hono {
  const bearerApi = new Hono<ApiEnv>();
  bearerApi.use(requireAccessToken(context, store, limiter));
  registerLocationRoutes(bearerApi, context, store);
  registerUserRoutes(bearerApi, context, store);
  registerContactRoutes(bearerApi, context, store);
  registerContactActivityRoutes(bearerApi, context, store);

  const api = new Hono();
  // Before the bearer-protected routes: the token endpoint authenticates the app, not a token.
  registerTokenRoute(api, context, store);
  api.route("/api", bearerApi);
  registerBackendRoutes(api, context, store);
  return api;
}
