import { z } from "zod";
import type { ProviderErrorKind } from "../core/provider-error";
import { integerFromProviderSchema } from "../core/provider-numbers";
import { parseRetryAfterSeconds } from "../core/retry-after";
import {
  classifyByHttpStatus,
  type ProviderFailure,
  type ProviderResponseHead,
} from "../core/response-classification";

/** `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 34","parameters":{"retry_after":34}}` */
const telegramErrorSchema = z.object({
  ok: z.literal(false),
  error_code: integerFromProviderSchema.optional().catch(undefined),
  description: z.string().optional().catch(undefined),
  parameters: z
    .object({
      retry_after: integerFromProviderSchema.pipe(z.number().nonnegative()).optional().catch(undefined),
      migrate_to_chat_id: integerFromProviderSchema.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
type TelegramError = z.output<typeof telegramErrorSchema>;

function kindOf(errorCode: number): ProviderErrorKind {
  // Telegram answers 404 Not Found when it cannot read the token in the path, 401 when it does not know it.
  if (errorCode === 401 || errorCode === 404) return "auth";
  if (errorCode === 429) return "rate_limited";
  if (errorCode >= 500) return "transient";
  // 403 is about the chat (the bot was blocked, kicked, or may not write there), not about the token.
  return "invalid_request";
}

/** Our name for the refusals callers act on (disable a destination, tell the user), else Telegram's number. */
function providerCodeOf(errorCode: number, description: string): string {
  if (errorCode === 403 && /blocked/i.test(description)) return "bot_blocked";
  if (errorCode === 403 && /kicked|not a member|deactivated/i.test(description)) return "bot_removed";
  if (errorCode === 400 && /chat not found/i.test(description)) return "chat_not_found";
  return String(errorCode);
}

function classifyTelegramError(response: ProviderResponseHead, error: TelegramError): ProviderFailure {
  const errorCode = error.error_code ?? response.status;
  const message = error.description ?? `Telegram answered error ${errorCode}`;
  const kind = kindOf(errorCode);
  const migrateToChatId = error.parameters?.migrate_to_chat_id;
  // A group upgraded to a supergroup: the message must go to the new chat id instead.
  if (migrateToChatId !== undefined) {
    return { kind, message, providerCode: "chat_migrated", details: { migrateToChatId } };
  }
  const providerCode = providerCodeOf(errorCode, message);
  if (kind !== "rate_limited") return { kind, message, providerCode };
  const retryAfterSeconds =
    error.parameters?.retry_after ?? parseRetryAfterSeconds(response.headers.get("retry-after"));
  return { kind, message, providerCode, retryAfterSeconds };
}

/** Judges a Bot API answer by its `ok:false` body whatever the HTTP status, else by the status. */
export function classifyTelegramResponse(response: ProviderResponseHead, body: unknown): ProviderFailure | null {
  const error = telegramErrorSchema.safeParse(body);
  if (error.success) return classifyTelegramError(response, error.data);
  return classifyByHttpStatus(response, { message: `Telegram answered HTTP ${response.status}` });
}
