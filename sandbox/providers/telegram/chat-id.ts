import { z } from "zod";

/** A numeric chat id in digits, or a public `@username` (5–32 letters, digits, underscores). */
export const chatIdTextSchema = z
  .string()
  .trim()
  .regex(/^(-?\d+|@[A-Za-z0-9_]{5,32})$/, { message: "Expected a numeric chat id or @username" });

export const chatIdSchema = z.union([z.number().int(), chatIdTextSchema]);

/** One key per chat however the id is written: `42` and `"42"` match, usernames ignore case. */
export function chatKey(chatId: number | string): string {
  if (typeof chatId === "number") return String(chatId);
  const trimmed = chatId.trim();
  return trimmed.startsWith("@") ? trimmed.toLowerCase() : String(BigInt(trimmed));
}
