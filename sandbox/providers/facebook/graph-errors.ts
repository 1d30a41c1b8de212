import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { FaultBodies } from "../../core/provider-simulator";
import type { SeededRandom } from "../../core/seeded-random";
import type { RevocationReason, TokenCheck } from "./token-registry";

export type GraphErrorSpec = {
  code: number;
  subcode?: number;
  message: string;
  /** Graph's error class; almost everything is an `OAuthException`. */
  type?: string;
};

/** `{"error":{"message","type","code","error_subcode","fbtrace_id"}}`, Graph's one error shape. */
export function graphErrorBody(spec: GraphErrorSpec, traceId: string): { error: Record<string, unknown> } {
  return {
    error: {
      message: spec.message,
      type: spec.type ?? "OAuthException",
      code: spec.code,
      ...(spec.subcode === undefined ? {} : { error_subcode: spec.subcode }),
      fbtrace_id: traceId,
    },
  };
}

export type GraphErrorResponder = (
  c: Context,
  status: ContentfulStatusCode,
  spec: GraphErrorSpec,
  headers?: Record<string, string>,
) => Response;

export function createGraphErrorResponder(random: SeededRandom): GraphErrorResponder {
  return (c, status, spec, headers = {}) =>
    c.json(graphErrorBody(spec, `A${random.uuid().replace(/-/g, "").slice(0, 22)}`), status, headers);
}

/** A parameter Graph needs was not sent: `(#100) The parameter code is required`. */
export function missingParameter(name: string): GraphErrorSpec {
  return { code: 100, message: `(#100) The parameter ${name} is required` };
}

/** Graph's answer to a wrong `client_secret`: code 1, its "unknown error" code. */
export const WRONG_CLIENT_SECRET: GraphErrorSpec = { code: 1, message: "Error validating client secret." };

export const WRONG_APP_ID: GraphErrorSpec = { code: 101, message: "Error validating application. Invalid application ID." };

const REVOCATION_ERRORS: Record<RevocationReason, { subcode: number; message: (appId: string) => string }> = {
  password_changed: {
    subcode: 460,
    message: () =>
      "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.",
  },
  app_removed: {
    subcode: 458,
    message: (appId) => `Error validating access token: The user has not authorized application ${appId}.`,
  },
  logged_out: {
    subcode: 467,
    message: () => "Error validating access token: The user is not logged in.",
  },
};

/** The code 190 error Graph answers for an unusable token. */
export function tokenFailureError(
  failure: Exclude<TokenCheck<unknown>, { ok: true }>,
  appId: string,
  nowMs: number,
): GraphErrorSpec {
  switch (failure.problem) {
    case "unknown":
      return { code: 190, message: "Invalid OAuth access token - Cannot parse access token" };
    case "expired":
      return {
        code: 190,
        subcode: 463,
        message: `Error validating access token: Session has expired on ${new Date(failure.expiresAtMs).toUTCString()}. The current time is ${new Date(nowMs).toUTCString()}.`,
      };
    case "revoked": {
      const revocation = REVOCATION_ERRORS[failure.reason];
      return { code: 190, subcode: revocation.subcode, message: revocation.message(appId) };
    }
  }
}

const FAULT_TRACE_ID = "SandboxInjectedFault";

/** Injected faults as Graph words them: a 500 is "retry later" (code 2), a 429 is app throttling (code 4). */
export const graphFaultBodies: FaultBodies = {
  serverError: () =>
    graphErrorBody({ code: 2, message: "An unexpected error has occurred. Please retry your request later." }, FAULT_TRACE_ID),
  rateLimited: () => graphErrorBody({ code: 4, message: "(#4) Application request limit reached" }, FAULT_TRACE_ID),
  errorWithStatus200: () => graphErrorBody({ code: 1, message: "An unknown error occurred" }, FAULT_TRACE_ID),
};
