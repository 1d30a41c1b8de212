import { z } from "zod";
import { isProviderError, type ProviderError } from "../core/provider-error";
import type { RequestContext } from "../core/provider-request";
import type { ProviderFailure, ProviderResponseHead } from "../core/response-classification";
import { classifyGhlResponse } from "./classify-ghl-response";
import { GHL_API_VERSION, type GhlTransport } from "./ghl-request";
import { readJwtExpiry } from "./jwt-expiry";

export type AuthenticateGhlSubaccountUserInput = { email: string; password: string };

/** What signing in as a sub-account user yields. */
export type GhlSubaccountSession = {
  /** Sent as the `token-id` header on GoHighLevel's social-media endpoints. */
  firebaseToken: string;
  /** From the firebase token's own `exp` claim; undefined when it is not a readable JWT. */
  firebaseTokenExpiresAt?: Date;
  accessToken?: string;
};

/** `providerCode` of the ProviderError raised when GoHighLevel wants a one-time code for this user. */
export const GHL_TWO_FACTOR_REQUIRED = "two_factor_required";

const TWO_FACTOR_MESSAGE =
  "GoHighLevel asks this user for a two-factor code, which an automated sign-in cannot give: " +
  "turn off two-factor authentication for the sub-account user, then try again.";

export function isGhlTwoFactorRequired(error: unknown): error is ProviderError {
  return isProviderError(error) && error.provider === "ghl" && error.providerCode === GHL_TWO_FACTOR_REQUIRED;
}

/** Flag names (lower-cased, separators dropped) seen or plausible on a "code needed" answer. */
const TWO_FACTOR_FLAGS = new Set([
  "requiresotp",
  "otprequired",
  "requires2fa",
  "2farequired",
  "twofactorrequired",
  "requirestwofactor",
  "mfarequired",
  "requiresmfa",
]);
const MESSAGE_FIELDS = new Set(["message", "msg", "error", "error_description"]);
const TWO_FACTOR_WORDING = /\b(2fa|mfa|otp|two[- ]?factor|one[- ]time (code|password)|verification code)\b/i;
const FIREBASE_TOKEN_FIELDS = new Set(["firebase_token", "firebaseToken"]);

/**
 * The endpoint is undocumented, so a demand for a one-time code is recognised by any of the
 * flags or wordings above, whatever the HTTP status, unless a firebase token came anyway.
 */
export function demandsTwoFactor(body: unknown): boolean {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return false;
  const fields = Object.entries(body);
  const hasFirebaseToken = fields.some(
    ([name, value]) => FIREBASE_TOKEN_FIELDS.has(name) && typeof value === "string" && value.length > 0,
  );
  if (hasFirebaseToken) return false;
  return fields.some(
    ([name, value]) =>
      (value === true && TWO_FACTOR_FLAGS.has(name.toLowerCase().replace(/[^a-z0-9]/g, ""))) ||
      (MESSAGE_FIELDS.has(name) && typeof value === "string" && TWO_FACTOR_WORDING.test(value)),
  );
}

function classifyLoginResponse(response: ProviderResponseHead, body: unknown): ProviderFailure | null {
  if (demandsTwoFactor(body)) {
    return { kind: "auth", providerCode: GHL_TWO_FACTOR_REQUIRED, message: TWO_FACTOR_MESSAGE };
  }
  return classifyGhlResponse(response, body);
}

const sessionFieldsSchema = z.object({
  firebase_token: z.string().optional(),
  firebaseToken: z.string().optional(),
  access_token: z.string().optional(),
  accessToken: z.string().optional(),
});

function firstPresent(candidates: readonly (string | undefined)[]): string | undefined {
  return candidates.find((candidate) => candidate !== undefined && candidate.length > 0);
}

/**
 * Seen as `{firebase_token, access_token, ...}`; snake or camel case, at the top level or
 * under `data`, is accepted.
 */
export const ghlSubaccountLoginResponseSchema = sessionFieldsSchema
  .extend({ data: sessionFieldsSchema.optional().catch(undefined) })
  .transform((body, context): GhlSubaccountSession => {
    const layers = body.data === undefined ? [body] : [body, body.data];
    const firebaseToken = firstPresent(layers.flatMap((layer) => [layer.firebase_token, layer.firebaseToken]));
    if (firebaseToken === undefined) {
      const message = "Missing firebase_token (or firebaseToken)";
      context.addIssue({ code: "custom", path: ["firebase_token"], message });
      return z.NEVER;
    }
    return {
      firebaseToken,
      firebaseTokenExpiresAt: readJwtExpiry(firebaseToken),
      accessToken: firstPresent(layers.flatMap((layer) => [layer.access_token, layer.accessToken])),
    };
  });

/**
 * Signs in as a sub-account user with e-mail and password (the undocumented
 * `POST /users/authenticate`). Sent once: repeated sign-ins can trigger lockouts or code e-mails.
 *
 * @throws ProviderError; `auth` for a wrong password, or with providerCode GHL_TWO_FACTOR_REQUIRED
 */
export function authenticateGhlSubaccountUser(
  { config, send }: GhlTransport,
  input: AuthenticateGhlSubaccountUserInput,
  context?: RequestContext,
): Promise<GhlSubaccountSession> {
  return send({
    action: "authenticate_subaccount_user",
    method: "POST",
    url: `${config.backendUrl.replace(/\/+$/, "")}/users/authenticate`,
    headers: { version: GHL_API_VERSION },
    body: { type: "json", value: { email: input.email, password: input.password } },
    retry: { idempotent: false },
    classifyResponse: classifyLoginResponse,
    responseSchema: ghlSubaccountLoginResponseSchema,
    secrets: [input.password],
    context,
  });
}
