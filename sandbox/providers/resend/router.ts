import { Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { acceptEmail } from "./accept-email";
import { checkApiKey } from "./api-key";
import { describePayloadProblem, emailPayloadSchema } from "./email-payload-schema";
import { toResendEmailObject } from "./email-views";
import { respondWithResendError } from "./resend-errors";
import type { ResendStore } from "./resend-store";

const MAX_IDEMPOTENCY_KEY_LENGTH = 256;

/** Resend's REST API as far as the app uses it: `POST /emails` and `GET /emails/:id`. */
export function createResendApi(context: SandboxContext, store: ResendStore): Hono {
  const api = new Hono();

  api.post("/emails", async (c) => {
    const auth = checkApiKey(c);
    if (!auth.ok) return auth.response;

    const idempotencyKey = c.req.header("idempotency-key");
    if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      return respondWithResendError(c, 400, "invalid_idempotency_key", "The key must be between 1-256 chars.");
    }

    let rawBody: unknown;
    try {
      rawBody = JSON.parse(await c.req.text());
    } catch {
      return respondWithResendError(c, 422, "validation_error", "The request body must be valid JSON.");
    }
    const payload = emailPayloadSchema.safeParse(rawBody);
    if (!payload.success) {
      return respondWithResendError(c, 422, "validation_error", describePayloadProblem(payload.error, rawBody));
    }

    const result = acceptEmail(store, {
      payload: payload.data,
      scopedIdempotencyKey: idempotencyKey === undefined ? null : `${auth.apiKey}\u0000${idempotencyKey}`,
      now: context.clock.now(),
      newId: () => context.random.uuid(),
    });
    if (result.outcome === "idempotency_conflict") {
      return respondWithResendError(
        c,
        409,
        "invalid_idempotent_request",
        "Same idempotency key used with a different request payload. Change your idempotency key or payload.",
      );
    }
    return c.json({ id: result.email.id }, 200);
  });

  api.get("/emails/:id", (c) => {
    const auth = checkApiKey(c);
    if (!auth.ok) return auth.response;
    const email = store.find(c.req.param("id"));
    if (email === undefined) return respondWithResendError(c, 404, "not_found", "Email not found");
    return c.json(toResendEmailObject(email));
  });

  return api;
}
