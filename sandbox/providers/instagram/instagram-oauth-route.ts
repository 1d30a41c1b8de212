import type { Context, Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import type { CodeRedemption } from "../facebook/authorization-codes";
import { formValue, type PostedForm } from "../facebook/dialog-request";
import { INSTAGRAM_SANDBOX_APP, SHORT_LIVED_TOKEN_SECONDS } from "./instagram-app";
import type { InstagramGrant, InstagramSandboxState } from "./instagram-state";

type CodeProblem = Exclude<CodeRedemption<InstagramGrant>, { ok: true }>["problem"];

const CODE_PROBLEMS: Record<CodeProblem, string> = {
  unknown: "Matching code was not found or was already used",
  used: "Matching code was not found or was already used",
  expired: "This authorization code has expired",
  redirect_mismatch:
    "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
};

/** `api.instagram.com` answers OAuth failures in Instagram's pre-Graph shape. */
function oauthError(c: Context, message: string): Response {
  return c.json({ error_type: "OAuthException", code: 400, error_message: message }, 400);
}

/** `POST /api/oauth/access_token`: the single-use code for a short-lived token. */
export function addInstagramCodeExchangeRoute(api: Hono, context: SandboxContext, state: InstagramSandboxState): void {
  api.post("/api/oauth/access_token", async (c) => {
    const form: PostedForm = await c.req.parseBody();
    if (formValue(form, "client_id") !== INSTAGRAM_SANDBOX_APP.id) return oauthError(c, "Invalid platform app");
    if (formValue(form, "client_secret") !== INSTAGRAM_SANDBOX_APP.secret) return oauthError(c, "Invalid Client Secret");
    if (formValue(form, "grant_type") !== "authorization_code") return oauthError(c, "Invalid grant_type");
    const code = formValue(form, "code");
    const redirectUri = formValue(form, "redirect_uri");
    if (code === undefined) return oauthError(c, "Missing required field code");
    if (redirectUri === undefined) return oauthError(c, "Missing required field redirect_uri");

    const nowMs = context.clock.nowMs();
    const redemption = state.codes.redeem(code, redirectUri, nowMs);
    if (!redemption.ok) return oauthError(c, CODE_PROBLEMS[redemption.problem]);
    const token = state.tokens.issue({
      kind: "short_lived",
      grant: redemption.grant,
      nowMs,
      lifetimeSeconds: SHORT_LIVED_TOKEN_SECONDS,
    });
    // Instagram answers `user_id` as a bare JSON number, beyond 2^53 for real ids: written by
    // hand so the digits a double cannot hold reach the client as they would from Instagram.
    const entry = JSON.stringify({ access_token: token.value, permissions: redemption.grant.scopes.join(",") });
    const body = `{"data":[${entry.slice(0, -1)},"user_id":${redemption.grant.userId}}]}`;
    return c.body(body, 200, { "content-type": "application/json" });
  });
}
