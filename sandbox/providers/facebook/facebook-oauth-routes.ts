import type { Context, Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import type { CodeRedemption } from "./authorization-codes";
import {
  DATA_ACCESS_SECONDS,
  FACEBOOK_SANDBOX_APP,
  LONG_LIVED_USER_TOKEN_SECONDS,
  SHORT_LIVED_USER_TOKEN_SECONDS,
} from "./facebook-app";
import type { FacebookConsent, FacebookSandboxState, FacebookToken } from "./facebook-state";
import {
  missingParameter,
  tokenFailureError,
  WRONG_APP_ID,
  WRONG_CLIENT_SECRET,
  type GraphErrorResponder,
  type GraphErrorSpec,
} from "./graph-errors";

const CODE_PROBLEMS: Record<Exclude<CodeRedemption<FacebookConsent>, { ok: true }>["problem"], GraphErrorSpec> = {
  unknown: { code: 100, subcode: 36007, message: "Invalid verification code format." },
  used: { code: 100, subcode: 36009, message: "This authorization code has been used." },
  expired: { code: 100, subcode: 36007, message: "This authorization code has expired." },
  redirect_mismatch: {
    code: 100,
    subcode: 36008,
    message:
      "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
  },
};

const APP_ACCESS_TOKEN = `${FACEBOOK_SANDBOX_APP.id}|${FACEBOOK_SANDBOX_APP.secret}`;

const unixSeconds = (ms: number): number => Math.floor(ms / 1000);

function tokenAnswer(token: FacebookToken, lifetimeSeconds: number) {
  return { access_token: token.value, token_type: "bearer", expires_in: lifetimeSeconds };
}

/** `debug_token`'s `data`, including the 190 error Graph would answer for an unusable token. */
function describeToken(token: FacebookToken, nowMs: number, state: FacebookSandboxState): Record<string, unknown> {
  const check = state.tokens.check(token.value, nowMs);
  return {
    app_id: FACEBOOK_SANDBOX_APP.id,
    type: token.kind === "page" ? "PAGE" : "USER",
    application: FACEBOOK_SANDBOX_APP.name,
    data_access_expires_at: unixSeconds(token.issuedAtMs) + DATA_ACCESS_SECONDS,
    expires_at: token.expiresAtMs === null ? 0 : unixSeconds(token.expiresAtMs),
    is_valid: check.ok,
    issued_at: unixSeconds(token.issuedAtMs),
    scopes: token.grant.scopes,
    user_id: token.grant.userId,
    ...(token.grant.pageId === null ? {} : { profile_id: token.grant.pageId }),
    ...(check.ok ? {} : { error: toDebugError(tokenFailureError(check, FACEBOOK_SANDBOX_APP.id, nowMs)) }),
  };
}

function toDebugError(spec: GraphErrorSpec): Record<string, unknown> {
  return { code: spec.code, message: spec.message, ...(spec.subcode === undefined ? {} : { subcode: spec.subcode }) };
}

/** `oauth/access_token` (code exchange and `fb_exchange_token`) and `debug_token`. */
export function addFacebookOAuthRoutes(
  api: Hono,
  context: SandboxContext,
  state: FacebookSandboxState,
  respond: GraphErrorResponder,
): void {
  const exchangeCode = (c: Context, code: string | undefined, redirectUri: string | undefined): Response => {
    if (code === undefined) return respond(c, 400, missingParameter("code"));
    if (redirectUri === undefined) return respond(c, 400, missingParameter("redirect_uri"));
    const nowMs = context.clock.nowMs();
    const redemption = state.codes.redeem(code, redirectUri, nowMs);
    if (!redemption.ok) return respond(c, 400, CODE_PROBLEMS[redemption.problem]);
    const token = state.tokens.issue({
      kind: "short_lived_user",
      grant: { ...redemption.grant, pageId: null },
      nowMs,
      lifetimeSeconds: SHORT_LIVED_USER_TOKEN_SECONDS,
    });
    return c.json(tokenAnswer(token, SHORT_LIVED_USER_TOKEN_SECONDS));
  };

  const exchangeForLongLived = (c: Context, presented: string | undefined): Response => {
    if (presented === undefined) return respond(c, 400, missingParameter("fb_exchange_token"));
    const nowMs = context.clock.nowMs();
    const check = state.tokens.check(presented, nowMs);
    if (!check.ok) return respond(c, 400, tokenFailureError(check, FACEBOOK_SANDBOX_APP.id, nowMs));
    if (check.token.kind === "page") {
      return respond(c, 400, { code: 100, message: "(#100) fb_exchange_token must be a user access token" });
    }
    const token = state.tokens.issue({
      kind: "long_lived_user",
      grant: check.token.grant,
      nowMs,
      lifetimeSeconds: LONG_LIVED_USER_TOKEN_SECONDS,
      parentId: check.token.id,
    });
    return c.json(tokenAnswer(token, LONG_LIVED_USER_TOKEN_SECONDS));
  };

  api.get("/graph/:version/oauth/access_token", (c) => {
    const query = c.req.query();
    if (query.client_id === undefined) return respond(c, 400, missingParameter("client_id"));
    if (query.client_id !== FACEBOOK_SANDBOX_APP.id) return respond(c, 400, WRONG_APP_ID);
    if (query.client_secret !== FACEBOOK_SANDBOX_APP.secret) return respond(c, 400, WRONG_CLIENT_SECRET);
    if (query.grant_type === "fb_exchange_token") return exchangeForLongLived(c, query.fb_exchange_token);
    if (query.grant_type !== undefined && query.grant_type !== "authorization_code") {
      return respond(c, 400, { code: 100, message: `(#100) Unsupported grant_type: ${query.grant_type}` });
    }
    return exchangeCode(c, query.code, query.redirect_uri);
  });

  api.get("/graph/:version/debug_token", (c) => {
    const query = c.req.query();
    if (query.access_token === undefined) return respond(c, 400, missingParameter("access_token"));
    if (query.access_token !== APP_ACCESS_TOKEN) {
      return respond(c, 400, { code: 190, message: "Invalid OAuth access token signature." });
    }
    if (query.input_token === undefined) return respond(c, 400, missingParameter("input_token"));
    const token = state.tokens.find(query.input_token);
    if (token === undefined) {
      return c.json({ data: { error: { code: 190, message: "Invalid OAuth access token." }, is_valid: false, scopes: [] } });
    }
    return c.json({ data: describeToken(token, context.clock.nowMs(), state) });
  });
}
