import { SANDBOX_BOT_USER } from "./sandbox-bot";
import type { StoredMessage } from "./telegram-store";

/** Channels are addressed by `@username`; the sandbox derives a stable `-100…` id from the name. */
function channelIdOf(username: string): number {
  let hash = 0;
  for (const character of username) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) % 10_000_000_000;
  return -(1_000_000_000_000 + hash);
}

function chatObject(message: StoredMessage): Record<string, unknown> {
  if (message.chatKey.startsWith("@")) {
    return { id: channelIdOf(message.chatKey), type: "channel", title: message.chatKey.slice(1), username: message.chatKey.slice(1) };
  }
  const id = Number(message.chatKey);
  if (id > 0) return { id, type: "private", first_name: "Sandbox user" };
  return { id, type: message.chatKey.startsWith("-100") ? "supergroup" : "group", title: "Sandbox group" };
}

/** The `result` of a successful sendMessage: Telegram's Message object. */
export function messageObject(message: StoredMessage): Record<string, unknown> {
  return {
    message_id: message.messageId,
    from: SANDBOX_BOT_USER,
    chat: chatObject(message),
    date: Math.floor(message.sentAtMs / 1000),
    text: message.text,
  };
}
