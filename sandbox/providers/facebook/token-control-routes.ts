import type { Hono } from "hono";
import { z } from "zod";
import { parseJsonBody } from "../../control/control-validation";
import { injectedGraphErrorInputSchema, type GraphErrorInjector } from "./graph-error-injection";
import { REVOCATION_REASONS, type MaskedToken, type RevocationReason, type TokenSelector } from "./token-registry";

const revocationReasonSchema = z.enum(REVOCATION_REASONS).default("password_changed");

/** `{"token":"EAA..."}` or `{"tokenId":"tok_3"}` (as `GET /tokens` lists it), with an optional reason. */
const revokeInputSchema = z.union([
  z.strictObject({ token: z.string().min(1), reason: revocationReasonSchema }),
  z.strictObject({ tokenId: z.string().min(1), reason: revocationReasonSchema }),
]);

type TokenAdministration = {
  list(): MaskedToken[];
  revoke(selector: TokenSelector, reason: RevocationReason): string[] | null;
};

/**
 * The control routes both Meta simulators share: `GET /tokens` (masked), `POST /tokens/revoke`
 * (what a password change or app removal does) and `POST /errors` (scheduled Graph errors).
 */
export function addTokenControlRoutes(control: Hono, tokens: TokenAdministration, injector: GraphErrorInjector): void {
  control.get("/tokens", (c) => c.json({ tokens: tokens.list() }));

  control.post("/tokens/revoke", async (c) => {
    const input = await parseJsonBody(c, revokeInputSchema);
    if (!input.ok) return input.response;
    const selector: TokenSelector = "token" in input.data ? { value: input.data.token } : { id: input.data.tokenId };
    const revoked = tokens.revoke(selector, input.data.reason);
    if (revoked === null) return c.json({ error: "not_found", message: "No such token" }, 404);
    return c.json({ revoked });
  });

  control.post("/errors", async (c) => {
    const input = await parseJsonBody(c, injectedGraphErrorInputSchema);
    if (!input.ok) return input.response;
    injector.add(input.data);
    return c.json({ scheduled: input.data.count }, 201);
  });
}
