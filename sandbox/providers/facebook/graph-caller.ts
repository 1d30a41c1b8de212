import { createHmac, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { FACEBOOK_SANDBOX_APP } from "./facebook-app";
import type { FacebookSandboxState, FacebookToken } from "./facebook-state";
import { presentedAccessToken } from "./graph-access-token";
import { tokenFailureError, type GraphErrorSpec } from "./graph-errors";

export type GraphCaller = { ok: true; token: FacebookToken } | { ok: false; error: GraphErrorSpec };

function proofMatches(token: string, proof: string): boolean {
  const expected = Buffer.from(createHmac("sha256", FACEBOOK_SANDBOX_APP.secret).update(token).digest("hex"));
  const given = Buffer.from(proof);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Who is calling: a live token, with a matching `appsecret_proof` when one is sent. */
export function identifyGraphCaller(c: Context, context: SandboxContext, state: FacebookSandboxState): GraphCaller {
  const presented = presentedAccessToken(c);
  if (presented === undefined) {
    return {
      ok: false,
      error: { code: 2500, message: "An active access token must be used to query information about the current user." },
    };
  }
  const nowMs = context.clock.nowMs();
  const check = state.tokens.check(presented, nowMs);
  if (!check.ok) return { ok: false, error: tokenFailureError(check, FACEBOOK_SANDBOX_APP.id, nowMs) };
  const proof = c.req.query("appsecret_proof");
  if (proof !== undefined && !proofMatches(presented, proof)) {
    return { ok: false, error: { code: 100, message: "Invalid appsecret_proof provided in the API argument" } };
  }
  return { ok: true, token: check.token };
}
