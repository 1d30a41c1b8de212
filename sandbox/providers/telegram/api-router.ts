import { Hono, type Context } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import { chatKey } from "./chat-id";
import { messageObject } from "./message-object";
import { MIN_INTERVAL_PER_CHAT_MS, SANDBOX_BOT_TOKEN } from "./sandbox-bot";
import { checkSendMessagePayload } from "./send-message-payload";
import { telegramError, tooManyRequests } from "./telegram-bodies";
import type { TelegramStore } from "./telegram-store";

async function readJsonBody(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text()) as unknown;
  } catch {
    return null;
  }
}

/** Seconds the chat must still wait before the bot may write to it again, or 0. */
function secondsUntilChatIsFree(store: TelegramStore, key: string, nowMs: number): number {
  const lastSentAtMs = store.lastSentAtMs(key);
  if (lastSentAtMs === undefined) return 0;
  const waitMs = lastSentAtMs + MIN_INTERVAL_PER_CHAT_MS - nowMs;
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

/** The Bot API's `POST /bot<token>/sendMessage`, with Telegram's refusals and per-chat flood limit. */
export function createTelegramApi(context: SandboxContext, store: TelegramStore): Hono {
  const api = new Hono();

  api.post("/:botSegment/sendMessage", async (c) => {
    const segment = c.req.param("botSegment");
    if (!segment.startsWith("bot")) return c.json(telegramError(404, "Not Found"), 404);
    if (segment.slice("bot".length) !== SANDBOX_BOT_TOKEN) return c.json(telegramError(401, "Unauthorized"), 401);

    const check = checkSendMessagePayload(await readJsonBody(c));
    if (!check.ok) return c.json(telegramError(400, check.description), 400);
    const { chatId, text, parseMode } = check.payload;
    const key = chatKey(chatId);

    const status = store.statusOf(key);
    if (status === "unknown") return c.json(telegramError(400, "Bad Request: chat not found"), 400);
    if (status === "blocked") return c.json(telegramError(403, "Forbidden: bot was blocked by the user"), 403);
    if (status === "kicked") return c.json(telegramError(403, "Forbidden: bot was kicked from the group chat"), 403);
    const migrateToChatId = store.migratedTo(key);
    if (status === "migrated" && migrateToChatId !== undefined) {
      const body = { ...telegramError(400, "Bad Request: group chat was upgraded to a supergroup chat"), parameters: { migrate_to_chat_id: migrateToChatId } };
      return c.json(body, 400);
    }

    const nowMs = context.clock.nowMs();
    const waitSeconds = secondsUntilChatIsFree(store, key, nowMs);
    if (waitSeconds > 0) return c.json(tooManyRequests(waitSeconds), 429);

    const message = store.save({ chatId, chatKey: key, text, parseMode, sentAtMs: nowMs });
    return c.json({ ok: true, result: messageObject(message) }, 200);
  });

  // Telegram's answer to any other method, and one that does not echo the token-bearing path.
  api.all("*", (c) => c.json(telegramError(404, "Not Found"), 404));

  return api;
}
