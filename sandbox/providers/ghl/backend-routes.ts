import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../../core/sandbox-context";
import { respondWithGhlError } from "./ghl-errors";
import type { GhlStore } from "./ghl-store";
import { newFirebaseStyleToken } from "./firebase-token";
import { field, readJsonBody, validateFields } from "./request-validation";
import { newOpaqueSecret } from "./sandbox-ids";

const credentialsSchema = z.object(
  {
    email: field.requiredEmail("email"),
    password: z.string({ error: "password must be a string" }).min(1, { error: "password should not be empty" }),
  },
  { error: "body must be an object" },
);

/**
 * `POST /backend/users/authenticate`: the undocumented sign-in of users created through
 * `POST /users/`, answering with a firebase-style token (or, when armed through the control
 * API, with a demand for a one-time code).
 */
export function registerBackendRoutes(api: Hono, context: SandboxContext, store: GhlStore): void {
  api.post("/backend/users/authenticate", async (c) => {
    const json = await readJsonBody(c);
    if (!json.ok) return json.response;
    const credentials = validateFields(c, credentialsSchema, json.body);
    if (!credentials.ok) return credentials.response;

    const user = store.findUserByEmail(credentials.data.email);
    if (user === undefined || user.password !== credentials.data.password) {
      return respondWithGhlError(c, 401, "Invalid email or password");
    }
    if (store.twoFactorDemandArmed) {
      store.twoFactorDemandArmed = false;
      return c.json({ requiresOtp: true, message: "A verification code was sent to the user's email" });
    }

    store.counters.authentications += 1;
    const firebase = newFirebaseStyleToken(context.random, user, context.clock.now());
    return c.json({
      success: true,
      userId: user.id,
      access_token: newOpaqueSecret(context.random, "sbx-ghl-user-"),
      firebase_token: firebase.token,
      expires_at: firebase.expiresAt.toISOString(),
    });
  });
}
