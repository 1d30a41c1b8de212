// The classes next-auth re-exports, from their own module: next-auth's entry point needs Next's runtime.
import { AuthError, CredentialsSignin } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import { errorFields, log } from "@/lib/log";

type AuthLogger = Required<NonNullable<NextAuthConfig["logger"]>>;

/**
 * Auth.js's messages as log lines. Auth.js wraps what went wrong and its own message only
 * links to its docs, so the line names the wrapped error; never a stack.
 */
export function authLogger(logger = log): AuthLogger {
  return {
    error(error) {
      // A wrong password is an answer, not a server error: keep it out of the error log.
      if (error instanceof CredentialsSignin) return;
      const cause = error instanceof AuthError ? (error.cause as { err?: unknown } | undefined)?.err : undefined;
      if (error instanceof AuthError && error.type === "JWTSessionError") {
        logger.warn(errorFields(cause ?? error), "session cookie refused (tampered, or sealed with another AUTH_SECRET): treated as signed out");
        return;
      }
      logger.error({ authError: error instanceof AuthError ? error.type : error.name, ...errorFields(cause ?? error) }, "Auth.js failed");
    },
    warn(code) {
      logger.warn({ code }, "Auth.js warning");
    },
    debug() {},
  };
}
