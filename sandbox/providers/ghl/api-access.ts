import type { Context, MiddlewareHandler } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { INVALID_TOKEN_MESSAGE, WRONG_TOKEN_CLASS_MESSAGE, respondWithGhlError } from "./ghl-errors";
import type { GhlStore, StoredToken, UserType } from "./ghl-store";
import type { GhlRateLimiter } from "./rate-limiter";
import { tokenStatus } from "./tokens";

/** Hono environment of the bearer-protected API: the middleware leaves the caller's token here. */
export type ApiEnv = { Variables: { token: StoredToken } };

function bearerValue(authorization: string | undefined): string | undefined {
  return authorization === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
}

/**
 * Lets through requests with a live access token (whose sub-account, for a location token, still
 * exists) and the Version header; counts each against the token's location or company limits
 * and reports them in GoHighLevel's rate-limit headers.
 */
export function requireAccessToken(
  context: SandboxContext,
  store: GhlStore,
  limiter: GhlRateLimiter,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const now = context.clock.now();
    const value = bearerValue(c.req.header("authorization"));
    const token = value === undefined ? undefined : store.tokens.get(value);
    const usable =
      token !== undefined &&
      token.kind === "access" &&
      tokenStatus(token, now) === "active" &&
      (token.locationId === null || store.locations.has(token.locationId));
    if (!usable) return respondWithGhlError(c, 401, INVALID_TOKEN_MESSAGE);
    if (c.req.header("version") === undefined) return respondWithGhlError(c, 400, "Version header was not found");

    const rateLimitKey = token.locationId === null ? `company:${token.companyId}` : `location:${token.locationId}`;
    const decision = limiter.hit(rateLimitKey, now.getTime());
    for (const [name, headerValue] of Object.entries(decision.headers)) c.header(name, headerValue);
    if (!decision.allowed) {
      c.header("retry-after", String(decision.retryAfterSeconds));
      return respondWithGhlError(c, 429, "Too many requests, please slow down");
    }
    c.set("token", token);
    await next();
  };
}

type Access = { ok: true; token: StoredToken } | { ok: false; response: Response };

/** The caller's token when it is of the kind the endpoint serves (agency or sub-account). */
export function tokenOfClass(c: Context<ApiEnv>, userType: UserType): Access {
  const token = c.get("token");
  return token.userType === userType
    ? { ok: true, token }
    : { ok: false, response: respondWithGhlError(c, 401, WRONG_TOKEN_CLASS_MESSAGE) };
}

/** A 403 unless the agency token belongs to `companyId`. */
export function refuseOtherCompany(c: Context, token: StoredToken, companyId: string): Response | null {
  if (token.companyId === companyId) return null;
  return respondWithGhlError(c, 403, "The token does not have access to this company");
}
