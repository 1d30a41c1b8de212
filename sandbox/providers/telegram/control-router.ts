import { Hono } from "hono";
import { parseJsonBody, parseQuery } from "../../control/control-validation";
import { chatKey } from "./chat-id";
import { chatStatusInputSchema, messageQuerySchema, type SandboxTelegramMessage } from "./control-schemas";
import type { StoredMessage, TelegramStore } from "./telegram-store";

export function toSandboxTelegramMessage(message: StoredMessage): SandboxTelegramMessage {
  return {
    messageId: message.messageId,
    chatId: message.chatId,
    text: message.text,
    parseMode: message.parseMode,
    sentAt: new Date(message.sentAtMs).toISOString(),
  };
}

/** `/_control/telegram`: the messages the bot sent (oldest first) and which chats it cannot reach. */
export function createTelegramControl(store: TelegramStore): Hono {
  const control = new Hono();

  control.get("/messages", (c) => {
    const query = parseQuery(c, messageQuerySchema);
    if (!query.ok) return query.response;
    const key = query.data.chatId === undefined ? undefined : chatKey(query.data.chatId);
    return c.json({ messages: store.messages(key).map(toSandboxTelegramMessage) });
  });

  control.post("/chats", async (c) => {
    const input = await parseJsonBody(c, chatStatusInputSchema);
    if (!input.ok) return input.response;
    store.setStatus(chatKey(input.data.chatId), input.data.status, input.data.migrateToChatId);
    return c.json(input.data);
  });

  return control;
}
