import { z } from "zod";

/**
 * TikTok reports failures in two shapes: the OAuth endpoints send
 * `{"error":"invalid_grant","error_description":"...","log_id":"..."}`, the API sends the envelope
 * `{"data":{},"error":{"code":"access_token_invalid","message":"...","log_id":"..."}}`.
 * Either may arrive with HTTP 200, and either endpoint may send the other shape.
 */
export type TikTokErrorBody =
  | { shape: "oauth"; error: string; description: string | undefined; logId: string | undefined }
  | { shape: "api"; code: string; message: string | undefined; logId: string | undefined };

const optionalText = z
  .string()
  .optional()
  .catch(undefined)
  .transform((text) => (text === undefined || text.trim().length === 0 ? undefined : text));

const oauthErrorSchema = z.object({
  error: z.string().min(1),
  error_description: optionalText,
  log_id: optionalText,
});

const apiErrorSchema = z.object({
  error: z.object({ code: z.string().min(1), message: optionalText, log_id: optionalText }),
});

/** The error a TikTok body carries, or null when it has none (`error.code` `ok` included). */
export function readTikTokError(body: unknown): TikTokErrorBody | null {
  const api = apiErrorSchema.safeParse(body);
  if (api.success) {
    const { code, message, log_id: logId } = api.data.error;
    return code === "ok" ? null : { shape: "api", code, message, logId };
  }
  const oauth = oauthErrorSchema.safeParse(body);
  if (oauth.success) {
    const { error, error_description: description, log_id: logId } = oauth.data;
    return { shape: "oauth", error, description, logId };
  }
  return null;
}
