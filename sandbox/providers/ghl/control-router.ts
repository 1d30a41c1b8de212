import { Hono, type Context } from "hono";
import { parseJsonBody } from "../../control/control-validation";
import type { SandboxContext } from "../../core/sandbox-context";
import {
  tokenLatencySchema,
  userRefusalSchema,
  toSandboxContact,
  toSandboxLocation,
  toSandboxNote,
  toSandboxToken,
  toSandboxUser,
  tokenSelectorSchema,
  type TokenSelector,
} from "./control-views";
import type { GhlStore, StoredToken } from "./ghl-store";
import type { GhlRateLimiter } from "./rate-limiter";
import { SANDBOX_AGENCY } from "./sandbox-agency";

function findToken(store: GhlStore, selector: TokenSelector): StoredToken | undefined {
  return "token" in selector ? store.tokens.get(selector.token) : store.findTokenById(selector.id);
}

/**
 * `/_control/ghl`: inspect sub-accounts, users, contacts, notes and tokens; expire or revoke a token;
 * make the next sign-in demand a two-factor code; read the counters of state-changing calls; slow
 * the token endpoint down; use up the agency's rate-limit window.
 */
export function createGhlControl(context: SandboxContext, store: GhlStore, limiter: GhlRateLimiter): Hono {
  const control = new Hono();
  const now = (): Date => context.clock.now();

  control.get("/locations", (c) => c.json({ locations: [...store.locations.values()].map(toSandboxLocation) }));
  control.get("/users", (c) => c.json({ users: [...store.users.values()].map(toSandboxUser) }));
  control.get("/contacts", (c) => c.json({ contacts: [...store.contacts.values()].map(toSandboxContact) }));
  control.get("/notes", (c) => c.json({ notes: [...store.notes.values()].map(toSandboxNote) }));
  control.get("/tokens", (c) =>
    c.json({ tokens: [...store.tokens.values()].map((token) => toSandboxToken(token, now())) }),
  );

  const changeToken = (change: (token: StoredToken) => void) => async (c: Context) => {
    const selector = await parseJsonBody(c, tokenSelectorSchema);
    if (!selector.ok) return selector.response;
    const token = findToken(store, selector.data);
    if (token === undefined) return c.json({ error: "not_found", message: "No such token" }, 404);
    change(token);
    return c.json({ token: toSandboxToken(token, now()) });
  };
  control.post(
    "/tokens/expire",
    changeToken((token) => {
      token.expiresAt = now();
    }),
  );
  control.post(
    "/tokens/revoke",
    changeToken((token) => {
      token.revoked = true;
    }),
  );

  control.get("/counters", (c) => c.json({ counters: store.counters }));

  control.post("/token-latency", async (c) => {
    const input = await parseJsonBody(c, tokenLatencySchema);
    if (!input.ok) return input.response;
    store.tokenLatencyMs = input.data.ms;
    return c.json({ ms: store.tokenLatencyMs });
  });

  control.post("/users/refuse-next", async (c) => {
    const input = await parseJsonBody(c, userRefusalSchema);
    if (!input.ok) return input.response;
    store.nextUserRefusal = input.data.message;
    return c.json({ armed: true });
  });

  control.post("/rate-limit/exhaust", (c) => {
    limiter.exhaust(`company:${SANDBOX_AGENCY.companyId}`, now().getTime());
    return c.json({ exhausted: true });
  });

  control.post("/authenticate/require-two-factor", (c) => {
    store.twoFactorDemandArmed = true;
    return c.json({ armed: true });
  });

  return control;
}
