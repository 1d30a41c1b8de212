import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { FaultBodies } from "../../core/provider-simulator";

export type ResendErrorBody = { statusCode: number; message: string; name: string };

export function resendErrorBody(statusCode: number, name: string, message: string): ResendErrorBody {
  return { statusCode, message, name };
}

/** Answers with Resend's error shape: `{"statusCode":422,"message":"...","name":"validation_error"}`. */
export function respondWithResendError(
  c: Context,
  statusCode: ContentfulStatusCode,
  name: string,
  message: string,
): Response {
  return c.json(resendErrorBody(statusCode, name, message), statusCode);
}

export const resendFaultBodies: FaultBodies = {
  serverError: () =>
    resendErrorBody(500, "internal_server_error", "An unexpected error occurred, please try again later."),
  rateLimited: () =>
    resendErrorBody(429, "rate_limit_exceeded", "Too many requests. You can only make 2 requests per second."),
  errorWithStatus200: () => resendErrorBody(500, "application_error", "Something went wrong while sending the email."),
};
