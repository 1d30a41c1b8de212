import { z } from "zod";

/** A numeric chat id (number or digits) or a public `@username` (5–32 letters, digits, underscores). */
export const chatIdSchema = z.union([
  z.number().int(),
  z.string().trim().regex(/^-?\d+$/),
  z.string().trim().regex(/^@[A-Za-z0-9_]{5,32}$/),
]);

/** One key per chat however the id is written: `42` and `"42"` match, usernames ignore case. */
export function chatKey(chatId: number | string): string {
  if (typeof chatId === "number") return String(chatId);
  const trimmed = chatId.trim();
  return trimmed.startsWith("@") ? trimmed.toLowerCase() : String(BigInt(trimmed));
}
