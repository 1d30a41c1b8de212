import { z } from "zod";
import { chatIdSchema } from "./chat-id";
import { parseTelegramHtml } from "./html-entities";

const MAX_TEXT_LENGTH = 4096;

/** Parse modes Telegram knows; `Markdown` is the legacy one. */
const parseModeSchema = z.enum(["HTML", "MarkdownV2", "Markdown"]);

export type SendMessagePayload = {
  chatId: number | string;
  text: string;
  parseMode: z.output<typeof parseModeSchema> | null;
};

export type PayloadCheck = { ok: true; payload: SendMessagePayload } | { ok: false; description: string };

/** The fields as sent, before any judgement; a body that is not an object has none. */
const payloadFieldsSchema = z
  .object({ chat_id: z.unknown().optional(), text: z.unknown().optional(), parse_mode: z.unknown().optional() })
  .catch({ chat_id: undefined, text: undefined, parse_mode: undefined });

/** Validates a `sendMessage` JSON body with Telegram's own wording for each refusal. */
export function checkSendMessagePayload(body: unknown): PayloadCheck {
  const fields = payloadFieldsSchema.parse(body);
  if (fields.chat_id === undefined || fields.chat_id === "") return { ok: false, description: "Bad Request: chat_id is empty" };
  const chatId = chatIdSchema.safeParse(fields.chat_id);
  if (!chatId.success) return { ok: false, description: "Bad Request: chat not found" };
  if (typeof fields.text !== "string" || fields.text.trim().length === 0) {
    return { ok: false, description: "Bad Request: message text is empty" };
  }
  const parseMode = fields.parse_mode === undefined ? null : parseModeSchema.safeParse(fields.parse_mode);
  if (parseMode !== null && !parseMode.success) return { ok: false, description: "Bad Request: unsupported parse_mode" };
  // Telegram counts the text after parsing; the markup itself does not count.
  let visibleText = fields.text;
  if (parseMode?.data === "HTML") {
    const parsed = parseTelegramHtml(fields.text);
    if (!parsed.ok) return { ok: false, description: parsed.description };
    visibleText = parsed.text;
  }
  if (visibleText.length > MAX_TEXT_LENGTH) return { ok: false, description: "Bad Request: message is too long" };
  if (visibleText.trim().length === 0) return { ok: false, description: "Bad Request: message text is empty" };
  return { ok: true, payload: { chatId: chatId.data, text: fields.text, parseMode: parseMode?.data ?? null } };
}
