import type { Context, Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { respondWithOAuthError } from "./ghl-errors";
import type { GhlStore, UserType } from "./ghl-store";
import { readFormFields } from "./request-validation";
import { SANDBOX_GHL_CLIENT_ID, SANDBOX_GHL_CLIENT_SECRET } from "./sandbox-agency";
import { issueTokenPair, tokenResponseBody, tokenStatus, type TokenSubject } from "./tokens";

type Grant = { ok: true; subject: TokenSubject } | { ok: false; response: Response };

function invalidGrant(c: Context, description: string): Grant {
  return { ok: false, response: respondWithOAuthError(c, 400, "invalid_grant", description) };
}

/** A grant names the token kind it wants; asking for the other kind is refused before anything is spent. */
function userTypeMismatch(c: Context, requested: UserType | undefined, granted: UserType): Grant | null {
  if (requested === undefined || requested === granted) return null;
  const description = `This grant is for user_type ${granted}`;
  return { ok: false, response: respondWithOAuthError(c, 400, "invalid_request", description) };
}

function redeemCode(
  c: Context,
  store: GhlStore,
  fields: Record<string, string>,
  userType: UserType | undefined,
  now: Date,
): Grant {
  if (fields.code === undefined) {
    return { ok: false, response: respondWithOAuthError(c, 400, "invalid_request", "code is required") };
  }
  const code = store.codes.get(fields.code);
  if (code === undefined || code.used || code.expiresAt.getTime() <= now.getTime()) {
    return invalidGrant(c, "Invalid grant: authorization code is invalid, expired or already used");
  }
  if (code.clientId !== fields.client_id || code.redirectUri !== fields.redirect_uri) {
    return invalidGrant(c, "Invalid grant: redirect_uri does not match the authorization request");
  }
  const mismatch = userTypeMismatch(c, userType, code.userType);
  if (mismatch !== null) return mismatch;
  code.used = true;
  store.counters.codeExchanges += 1;
  return {
    ok: true,
    subject: {
      userType: code.userType,
      companyId: code.companyId,
      locationId: code.locationId,
      userId: code.userId,
      scope: code.scope,
    },
  };
}

/** Refresh tokens rotate: the presented one is spent here, before anything else can read it again. */
function spendRefreshToken(
  c: Context,
  store: GhlStore,
  fields: Record<string, string>,
  userType: UserType | undefined,
  now: Date,
): Grant {
  const token = fields.refresh_token === undefined ? undefined : store.tokens.get(fields.refresh_token);
  if (token === undefined || token.kind !== "refresh" || tokenStatus(token, now) !== "active") {
    store.counters.refusedRefreshes += 1;
    return invalidGrant(c, "Invalid grant: refresh token is invalid, expired or already used");
  }
  const mismatch = userTypeMismatch(c, userType, token.userType);
  if (mismatch !== null) return mismatch;
  token.spent = true;
  store.counters.refreshes += 1;
  const { companyId, locationId, userId, scope } = token;
  return { ok: true, subject: { userType: token.userType, companyId, locationId, userId, scope } };
}

function requestedUserType(fields: Record<string, string>): UserType | null | undefined {
  const { user_type: userType } = fields;
  if (userType === undefined) return undefined;
  return userType === "Company" || userType === "Location" ? userType : null;
}

function simulatedLatency(ms: number, shutdownSignal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    shutdownSignal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** `POST /oauth/token` (form): authorization_code and refresh_token grants for the sandbox app. */
export function registerTokenRoute(api: Hono, context: SandboxContext, store: GhlStore): void {
  api.post("/api/oauth/token", async (c) => {
    const fields = await readFormFields(c);
    await simulatedLatency(store.tokenLatencyMs, context.shutdownSignal);
    if (fields.client_id !== SANDBOX_GHL_CLIENT_ID || fields.client_secret !== SANDBOX_GHL_CLIENT_SECRET) {
      return respondWithOAuthError(c, 401, "invalid_client", "Invalid client credentials");
    }
    const userType = requestedUserType(fields);
    if (userType === null) {
      return respondWithOAuthError(c, 400, "invalid_request", "user_type must be Company or Location");
    }

    // No await from here on: checking and spending a code or refresh token must happen in one step.
    const now = context.clock.now();
    const grant =
      fields.grant_type === "authorization_code"
        ? redeemCode(c, store, fields, userType, now)
        : fields.grant_type === "refresh_token"
          ? spendRefreshToken(c, store, fields, userType, now)
          : null;
    if (grant === null) {
      const description = "grant_type must be authorization_code or refresh_token";
      return respondWithOAuthError(c, 400, "unsupported_grant_type", description);
    }
    if (!grant.ok) return grant.response;
    const { access, refresh } = issueTokenPair(store, context.random, grant.subject, now);
    return c.json(tokenResponseBody(access, refresh));
  });
}
