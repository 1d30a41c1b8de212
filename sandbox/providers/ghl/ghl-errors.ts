import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { FaultBodies } from "../../core/provider-simulator";

/** What GoHighLevel answers for a missing, unknown, expired or revoked access token. */
export const INVALID_TOKEN_MESSAGE = "Invalid token: access token is invalid";

/** A token of the wrong kind (agency vs sub-account) for the endpoint, worded as GoHighLevel does. */
export const WRONG_TOKEN_CLASS_MESSAGE =
  "This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.";

const REASON_PHRASES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** The API's error shape: `{"statusCode":422,"message":["..."],"error":"Unprocessable Entity"}`. */
export function ghlErrorBody(statusCode: number, message: string | readonly string[]) {
  return { statusCode, message, error: REASON_PHRASES[statusCode] ?? "Error" };
}

export function respondWithGhlError(
  c: Context,
  statusCode: ContentfulStatusCode,
  message: string | readonly string[],
): Response {
  return c.json(ghlErrorBody(statusCode, message), statusCode);
}

/** The token endpoint's OAuth error shape: `{"error":"invalid_grant","error_description":"..."}`. */
export function respondWithOAuthError(
  c: Context,
  statusCode: ContentfulStatusCode,
  error: string,
  description: string,
): Response {
  return c.json({ error, error_description: description }, statusCode);
}

export const ghlFaultBodies: FaultBodies = {
  serverError: () => ghlErrorBody(500, "Internal server error"),
  rateLimited: () => ghlErrorBody(429, "Too many requests, please slow down"),
  // A gateway hiccup that still answers 200, with the failure only in the body.
  errorWithStatus200: () => ghlErrorBody(500, "Internal server error"),
};
