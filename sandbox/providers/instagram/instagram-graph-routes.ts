import type { Context, Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { presentedAccessToken } from "../facebook/graph-access-token";
import {
  missingParameter,
  tokenFailureError,
  WRONG_CLIENT_SECRET,
  type GraphErrorResponder,
  type GraphErrorSpec,
} from "../facebook/graph-errors";
import { selectFields } from "../facebook/graph-fields";
import type { TokenCheck } from "../facebook/token-registry";
import { INSTAGRAM_SANDBOX_APP, LONG_LIVED_TOKEN_SECONDS, MIN_REFRESH_AGE_SECONDS } from "./instagram-app";
import type { InstagramSandboxState, InstagramToken } from "./instagram-state";

// Instagram's wording for these refusals is not documented; the codes follow Graph's "invalid parameter".
const REFRESH_TOO_EARLY: GraphErrorSpec = {
  code: 100,
  message: "The access token is too new to be refreshed: long-lived tokens can be refreshed once they are at least 24 hours old.",
};
const REFRESH_SHORT_LIVED: GraphErrorSpec = {
  code: 100,
  message: "Short-lived access tokens cannot be refreshed: exchange them for a long-lived token first.",
};

/** `access_token` (ig_exchange_token), `refresh_access_token` (ig_refresh_token) and `me`, under `/graph`. */
export function addInstagramGraphRoutes(
  api: Hono,
  context: SandboxContext,
  state: InstagramSandboxState,
  respond: GraphErrorResponder,
): void {
  /** The presented token if it is usable, else the answer Graph gives. */
  const liveToken = (c: Context): TokenCheck<InstagramToken> | { ok: false; problem: "missing" } => {
    const presented = presentedAccessToken(c);
    return presented === undefined ? { ok: false, problem: "missing" } : state.tokens.check(presented, context.clock.nowMs());
  };

  const refuseToken = (c: Context, check: Exclude<ReturnType<typeof liveToken>, { ok: true }>): Response => {
    if (check.problem === "missing") return respond(c, 400, missingParameter("access_token"));
    return respond(c, 400, tokenFailureError(check, INSTAGRAM_SANDBOX_APP.id, context.clock.nowMs()));
  };

  const issueLongLived = (c: Context, from: InstagramToken): Response => {
    const token = state.tokens.issue({
      kind: "long_lived",
      grant: from.grant,
      nowMs: context.clock.nowMs(),
      lifetimeSeconds: LONG_LIVED_TOKEN_SECONDS,
      parentId: from.id,
    });
    return c.json({ access_token: token.value, token_type: "bearer", expires_in: LONG_LIVED_TOKEN_SECONDS });
  };

  api.get("/graph/access_token", (c) => {
    if (c.req.query("grant_type") !== "ig_exchange_token") {
      return respond(c, 400, { code: 100, message: "(#100) Unsupported grant_type: expected ig_exchange_token" });
    }
    if (c.req.query("client_secret") !== INSTAGRAM_SANDBOX_APP.secret) return respond(c, 400, WRONG_CLIENT_SECRET);
    const check = liveToken(c);
    return check.ok ? issueLongLived(c, check.token) : refuseToken(c, check);
  });

  api.get("/graph/refresh_access_token", (c) => {
    if (c.req.query("grant_type") !== "ig_refresh_token") {
      return respond(c, 400, { code: 100, message: "(#100) Unsupported grant_type: expected ig_refresh_token" });
    }
    const check = liveToken(c);
    if (!check.ok) return refuseToken(c, check);
    if (check.token.kind !== "long_lived") return respond(c, 400, REFRESH_SHORT_LIVED);
    const ageSeconds = (context.clock.nowMs() - check.token.issuedAtMs) / 1000;
    if (ageSeconds < MIN_REFRESH_AGE_SECONDS) return respond(c, 400, REFRESH_TOO_EARLY);
    return issueLongLived(c, check.token);
  });

  api.get("/graph/me", (c) => {
    const check = liveToken(c);
    if (!check.ok) return refuseToken(c, check);
    const { login } = state;
    const node = {
      id: login.appScopedId,
      user_id: login.userId,
      username: login.username,
      name: login.name,
      account_type: login.accountType,
      profile_picture_url: login.profilePictureUrl,
      followers_count: login.followersCount,
      follows_count: login.followsCount,
      media_count: login.mediaCount,
    };
    const selected = selectFields("User", node, c.req.query("fields"), []);
    return selected.ok ? c.json(selected.body) : respond(c, 400, selected.error);
  });
}
