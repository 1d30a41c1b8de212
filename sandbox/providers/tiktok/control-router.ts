import { Hono } from "hono";
import { parseJsonBody, parseQuery } from "../../control/control-validation";
import type { SandboxContext } from "../../core/sandbox-context";
import {
  expireInputSchema,
  maskToken,
  lifetimesInputSchema,
  mintInputSchema,
  rateLimitInputSchema,
  revokeInputSchema,
  tokenQuerySchema,
  type SandboxTikTokToken,
} from "./control-schemas";
import type { FixedWindowRateLimiter } from "./rate-limiter";
import { addTikTokWebhookDeliveries } from "./webhook-deliveries";
import { issueTokenPair } from "./issue-tokens";
import type { TikTokScope } from "./scopes";
import { revokeAuthorization, tokenStatus, type IssuedToken, type TikTokStore } from "./tiktok-store";

const BENCH_SCOPES: readonly TikTokScope[] = ["user.info.basic", "user.info.stats"];

function describeToken(token: IssuedToken, nowMs: number): SandboxTikTokToken {
  return {
    token: maskToken(token.value),
    kind: token.kind,
    openId: token.authorization.openId,
    scopes: [...token.authorization.scopes],
    issuedAt: new Date(token.issuedAtMs).toISOString(),
    expiresAt: new Date(token.expiresAtMs).toISOString(),
    status: tokenStatus(token, nowMs),
  };
}

/**
 * `/_control/tiktok`: list tokens (masked), revoke consents, expire tokens, and change the
 * per-endpoint rate limit so tests need not send 600 requests; read the refresh counters
 * (`GET /counters`); deliver signed webhooks to the app (`POST /webhooks/deliver`); mint many
 * consents at once for load tests (`POST /tokens/mint`); shorten access tokens (`PUT /lifetimes`).
 */
export function createTikTokControl(
  store: TikTokStore,
  context: SandboxContext,
  rateLimiter: FixedWindowRateLimiter,
): Hono {
  const control = new Hono();
  const { clock } = context;
  addTikTokWebhookDeliveries(control, clock, context.shutdownSignal);

  control.get("/counters", (c) => c.json(store.counters));

  control.get("/tokens", (c) => {
    const query = parseQuery(c, tokenQuerySchema);
    if (!query.ok) return query.response;
    const tokens = store
      .tokens()
      .filter((token) => query.data.openId === undefined || token.authorization.openId === query.data.openId)
      .map((token) => describeToken(token, clock.nowMs()));
    return c.json({ tokens });
  });

  control.post("/tokens/revoke", async (c) => {
    const input = await parseJsonBody(c, revokeInputSchema);
    if (!input.ok) return input.response;
    if ("openId" in input.data) return c.json({ revokedAuthorizations: store.revokeAuthorizationsOf(input.data.openId) });
    const token = store.token(input.data.token);
    if (token === undefined) return c.json({ error: "not_found", message: "No such token" }, 404);
    return c.json({ revokedAuthorizations: Number(revokeAuthorization(token.authorization)) });
  });

  control.post("/tokens/expire", async (c) => {
    const input = await parseJsonBody(c, expireInputSchema);
    if (!input.ok) return input.response;
    const token = store.token(input.data.token);
    if (token === undefined) return c.json({ error: "not_found", message: "No such token" }, 404);
    token.expiresAtMs = Math.min(token.expiresAtMs, clock.nowMs());
    return c.json({ token: describeToken(token, clock.nowMs()) });
  });

  control.put("/lifetimes", async (c) => {
    const input = await parseJsonBody(c, lifetimesInputSchema);
    if (!input.ok) return input.response;
    store.accessTokenLifetimeSeconds = input.data.accessTokenSeconds;
    return c.json({ accessTokenSeconds: store.accessTokenLifetimeSeconds });
  });

  control.post("/tokens/mint", async (c) => {
    const input = await parseJsonBody(c, mintInputSchema);
    if (!input.ok) return input.response;
    const tokens = Array.from({ length: input.data.count }, (_, index) => {
      const authorization = { openId: `${input.data.openIdPrefix}${index + 1}`, scopes: BENCH_SCOPES, revoked: false };
      store.addAuthorization(authorization);
      return issueTokenPair(store, authorization, clock.nowMs(), context.random);
    });
    return c.json({ tokens });
  });

  control.post("/rate-limit", async (c) => {
    const input = await parseJsonBody(c, rateLimitInputSchema);
    if (!input.ok) return input.response;
    rateLimiter.setLimit(input.data.requestsPerMinute);
    return c.json({ requestsPerMinute: rateLimiter.limit });
  });

  return control;
}
