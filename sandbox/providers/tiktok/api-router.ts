import { Hono, type Context } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { callerOf } from "./bearer-token";
import type { FixedWindowRateLimiter } from "./rate-limiter";
import { SANDBOX_CLIENT_KEY, SANDBOX_CLIENT_SECRET } from "./sandbox-app";
import { apiErrorBody, apiSuccessBody, newLogId, oauthErrorBody, type OAuthErrorCode } from "./tiktok-bodies";
import { revokeAuthorization, type TikTokStore } from "./tiktok-store";
import { grantFromAuthorizationCode, grantFromRefreshToken, type GrantContext, type GrantOutcome } from "./token-grants";
import { checkUserFields, userObject } from "./user-fields";

type Form = Record<string, string>;

const GRANTS = new Map<string, (form: Form, context: GrantContext) => GrantOutcome>([
  ["authorization_code", grantFromAuthorizationCode],
  ["refresh_token", grantFromRefreshToken],
]);

async function readForm(c: Context): Promise<Form | null> {
  if (!(c.req.header("content-type") ?? "").includes("application/x-www-form-urlencoded")) return null;
  return Object.fromEntries(new URLSearchParams(await c.req.text()));
}

function hasAppCredentials(form: Form): boolean {
  return form.client_key === SANDBOX_CLIENT_KEY && form.client_secret === SANDBOX_CLIENT_SECRET;
}

/**
 * TikTok's open API as far as the app uses it: token (code and refresh grants), revoke, user info.
 * Which HTTP status TikTok gives OAuth errors is UNCONFIRMED; the sandbox answers 200, the harder
 * case for a client, which must then read the body.
 */
export function createTikTokApi(context: SandboxContext, store: TikTokStore, rateLimiter: FixedWindowRateLimiter): Hono {
  const api = new Hono();
  const logId = (): string => newLogId(context.clock.now(), context.random);
  const oauthError = (c: Context, error: OAuthErrorCode, description: string): Response =>
    c.json(oauthErrorBody(error, description, logId()), 200);

  api.post("/v2/oauth/token/", async (c) => {
    const form = await readForm(c);
    if (form === null) return oauthError(c, "invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
    if (!hasAppCredentials(form)) return oauthError(c, "invalid_client", "Client key or client secret is invalid.");
    const grant = GRANTS.get(form.grant_type ?? "");
    if (grant === undefined) {
      return oauthError(c, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
    }
    const outcome = grant(form, { store, nowMs: context.clock.nowMs(), random: context.random });
    return outcome.ok ? c.json(outcome.body, 200) : oauthError(c, outcome.error, outcome.description);
  });

  // Ends the whole authorization the token belongs to; an unknown token is accepted silently (RFC 7009).
  api.post("/v2/oauth/revoke/", async (c) => {
    const form = await readForm(c);
    if (form === null) return oauthError(c, "invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
    if (!hasAppCredentials(form)) return oauthError(c, "invalid_client", "Client key or client secret is invalid.");
    if (form.token === undefined) return oauthError(c, "invalid_request", "token is required.");
    const token = store.token(form.token);
    if (token !== undefined) revokeAuthorization(token.authorization);
    return c.body(null, 200);
  });

  api.get("/v2/user/info/", (c) => {
    const limit = rateLimiter.hit("/v2/user/info/", context.clock.nowMs());
    if (!limit.allowed) {
      const body = apiErrorBody("rate_limit_exceeded", "The API rate limit was exceeded. Please try again later.", logId());
      return c.json(body, 429, { "x-ratelimit-reset": String(limit.resetInSeconds) });
    }

    const caller = callerOf(store, c.req.header("authorization"), context.clock.nowMs());
    if (caller === null) {
      const message = "The access token is invalid or not found in the request.";
      return c.json(apiErrorBody("access_token_invalid", message, logId()), 401);
    }

    const fields = checkUserFields(c.req.query("fields"), caller.authorization.scopes);
    if (!fields.ok) {
      return c.json(apiErrorBody(fields.problem, fields.message, logId()), fields.problem === "invalid_params" ? 400 : 401);
    }
    return c.json(apiSuccessBody({ user: userObject(caller.account, fields.fields) }, logId()), 200);
  });

  return api;
}
