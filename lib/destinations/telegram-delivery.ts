import { db } from "@/lib/db";
import type { Destination } from "@/lib/generated/prisma/client";
import { telegramClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import type { AttemptRecorder, ChannelOutcome, DeliveryTiming } from "./delivery-attempt";
import type { OutgoingMessage } from "./outgoing-message";
import { renderTelegramMessages } from "./telegram-format";

/** 429s waited out per message part; Telegram's flood limit is about one message a second per chat. */
const MAX_RATE_LIMIT_WAITS = 3;
const MAX_RETRY_AFTER_SECONDS = 30;

const PERMANENT_REFUSALS: Record<string, string> = {
  bot_blocked: "The bot was blocked in this chat: unblock it (or re-add it), then enable the destination.",
  bot_removed: "The bot was removed from this chat: add it back, then enable the destination.",
  chat_not_found: "Telegram does not know this chat, or the bot is not in it: check the chat id and add the bot.",
};

type PartOutcome = { ok: true } | { ok: false; error: string; disableBecause?: string };

/**
 * Sends one part, waiting out 429s (Telegram answers them before sending anything, so a retry
 * cannot duplicate) and following a group's upgrade to a supergroup once (the new chat id is
 * stored). Any other failure is final: a timeout or 5xx may have delivered the message, and
 * the Bot API has no idempotency key to make a resend safe.
 */
async function sendPart(
  destination: Destination,
  chat: { id: string },
  text: string,
  record: AttemptRecorder,
  timing: DeliveryTiming,
): Promise<PartOutcome> {
  let rateLimitWaits = 0;
  let migrated = false;
  for (;;) {
    const startedAt = performance.now();
    try {
      await telegramClient().sendTelegramMessage({ chatId: chat.id, text, parseMode: "HTML" });
      await record({ ok: true, responseCode: 200, durationMs: Math.round(performance.now() - startedAt), error: null });
      return { ok: true };
    } catch (error) {
      if (!isProviderError(error)) throw error;
      const durationMs = Math.round(performance.now() - startedAt);
      await record({ ok: false, responseCode: error.httpStatus ?? null, durationMs, error: error.message });
      const newChatId = error.details.migrateToChatId;
      if (error.providerCode === "chat_migrated" && newChatId !== undefined && !migrated) {
        migrated = true;
        chat.id = String(newChatId);
        await db.destination.update({ where: { id: destination.id }, data: { telegramChatId: chat.id } });
        continue;
      }
      const waitSeconds = error.retryAfterSeconds ?? 1;
      if (error.kind === "rate_limited" && rateLimitWaits < MAX_RATE_LIMIT_WAITS && waitSeconds <= MAX_RETRY_AFTER_SECONDS) {
        rateLimitWaits += 1;
        await timing.sleep(waitSeconds * 1000);
        continue;
      }
      const permanent = error.providerCode ? PERMANENT_REFUSALS[error.providerCode] : undefined;
      const maybeSent = error.ambiguous ? " (it may have arrived: Telegram did not answer)" : "";
      return { ok: false, error: `Telegram refused the message: ${error.message}${maybeSent}`, disableBecause: permanent };
    }
  }
}

/** Sends the message as Telegram HTML, in as many parts as the 4,096-character limit needs. */
export async function deliverToTelegram(
  destination: Destination,
  message: OutgoingMessage,
  record: AttemptRecorder,
  timing: DeliveryTiming,
): Promise<ChannelOutcome> {
  const chat = { id: destination.telegramChatId ?? "" };
  const parts = renderTelegramMessages(message);
  for (const [index, text] of parts.entries()) {
    const outcome = await sendPart(destination, chat, text, record, timing);
    if (!outcome.ok) {
      const progress = parts.length > 1 ? ` Part ${index + 1} of ${parts.length}; earlier parts were sent.` : "";
      return { ok: false, error: `${outcome.error}${progress}`, disableBecause: outcome.disableBecause };
    }
  }
  const migratedNote = chat.id !== destination.telegramChatId ? ` (the group became a supergroup: chat id updated to ${chat.id})` : "";
  return { ok: true, detail: `${parts.length} Telegram message${parts.length === 1 ? "" : "s"} sent${migratedNote}` };
}
