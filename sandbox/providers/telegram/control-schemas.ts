import { z } from "zod";
import { chatIdSchema, chatIdTextSchema } from "./chat-id";

/** A message as `GET /_control/telegram/messages` reports it to tests. */
export const sandboxTelegramMessageSchema = z.object({
  messageId: z.number(),
  /** As the app sent it. */
  chatId: z.union([z.number(), z.string()]),
  text: z.string(),
  parseMode: z.string().nullable(),
  /** Sandbox-clock time, ISO 8601. */
  sentAt: z.string(),
});
export type SandboxTelegramMessage = z.infer<typeof sandboxTelegramMessageSchema>;

export const messageQuerySchema = z.object({ chatId: chatIdTextSchema.optional() });

/**
 * `POST /_control/telegram/chats`: make a chat unknown to the bot, block or kick the bot there,
 * upgrade a group to a supergroup (`migrateToChatId`, a `-100…` id), or undo it.
 */
export const chatStatusInputSchema = z
  .strictObject({
    chatId: chatIdSchema,
    status: z.enum(["reachable", "unknown", "blocked", "kicked", "migrated"]),
    migrateToChatId: z.number().int().lt(-1_000_000_000_000, "a supergroup id starts with -100").optional(),
  })
  .refine((input) => (input.status === "migrated") === (input.migrateToChatId !== undefined), {
    message: "migrateToChatId is required with status migrated, and only then",
  });
export type ChatStatusInput = z.input<typeof chatStatusInputSchema>;
