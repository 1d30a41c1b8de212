import type { SendMessagePayload } from "./send-message-payload";

export type ChatStatus = "reachable" | "unknown" | "blocked" | "kicked" | "migrated";

export type StoredMessage = {
  messageId: number;
  /** As the app sent it. */
  chatId: number | string;
  chatKey: string;
  text: string;
  parseMode: SendMessagePayload["parseMode"];
  sentAtMs: number;
};

/** What the simulated bot has sent, and which chats it cannot reach. */
export class TelegramStore {
  #messages: StoredMessage[] = [];
  #statuses = new Map<string, ChatStatus>();
  #migrations = new Map<string, number>();
  #lastMessageIds = new Map<string, number>();

  statusOf(chatKey: string): ChatStatus {
    return this.#statuses.get(chatKey) ?? "reachable";
  }

  setStatus(chatKey: string, status: ChatStatus, migrateToChatId?: number): void {
    this.#statuses.set(chatKey, status);
    if (migrateToChatId === undefined) this.#migrations.delete(chatKey);
    else this.#migrations.set(chatKey, migrateToChatId);
  }

  /** The supergroup a migrated group became. */
  migratedTo(chatKey: string): number | undefined {
    return this.#migrations.get(chatKey);
  }

  /** When the bot last wrote to the chat, or undefined if never. */
  lastSentAtMs(chatKey: string): number | undefined {
    return this.#messages.findLast((message) => message.chatKey === chatKey)?.sentAtMs;
  }

  /** Stores a message under the chat's next message id (Telegram numbers messages per chat). */
  save(message: Omit<StoredMessage, "messageId">): StoredMessage {
    const messageId = (this.#lastMessageIds.get(message.chatKey) ?? 0) + 1;
    this.#lastMessageIds.set(message.chatKey, messageId);
    const stored = { ...message, messageId };
    this.#messages.push(stored);
    return stored;
  }

  /** Oldest first. */
  messages(chatKey?: string): StoredMessage[] {
    return this.#messages.filter((message) => chatKey === undefined || message.chatKey === chatKey);
  }

  clear(): void {
    this.#messages = [];
    this.#statuses.clear();
    this.#migrations.clear();
    this.#lastMessageIds.clear();
  }
}
