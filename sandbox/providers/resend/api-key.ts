import type { Context } from "hono";
import { respondWithResendError } from "./resend-errors";

/** The sandbox accepts any key shaped like Resend's (`re_` then letters, digits or underscores). */
const API_KEY_SHAPE = /^re_[A-Za-z0-9_]+$/;

export type ApiKeyCheck = { ok: true; apiKey: string } | { ok: false; response: Response };

/** Checks `Authorization: Bearer re_...` the way Resend does: 401 when missing, 403 when invalid. */
export function checkApiKey(c: Context): ApiKeyCheck {
  const authorization = c.req.header("authorization");
  const bearer = authorization === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  const apiKey = bearer?.[1];
  if (apiKey === undefined) {
    return {
      ok: false,
      response: respondWithResendError(
        c,
        401,
        "missing_api_key",
        "Missing API key in the authorization header. Include the following header in the request: Authorization: Bearer YOUR_API_KEY",
      ),
    };
  }
  if (!API_KEY_SHAPE.test(apiKey)) {
    return { ok: false, response: respondWithResendError(c, 403, "invalid_api_key", "API key is invalid") };
  }
  return { ok: true, apiKey };
}
