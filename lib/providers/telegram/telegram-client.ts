import { z } from "zod";
import { ProviderError } from "../core/provider-error";
import type { ProviderCallDependencies, RequestContext } from "../core/provider-request";
import { integerFromProviderSchema } from "../core/provider-numbers";
import { sendProviderRequest } from "../core/send-provider-request";
import { classifyTelegramResponse } from "./classify-telegram-response";
import { describeUnsendableText } from "./message-text";

export type TelegramClientConfig = {
  /** `https://api.telegram.org`, or `<sandbox>/telegram`. */
  apiUrl: string;
  /** `123456:ABC-DEF`; it travels in the URL path, and is masked in every log record and error. */
  botToken: string;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
};

export type TelegramParseMode = "HTML" | "MarkdownV2";

export type TelegramMessage = {
  /** A numeric chat id or `@channelusername`. */
  chatId: number | string;
  /** 1–4096 characters; see splitTelegramText for longer texts. */
  text: string;
  parseMode?: TelegramParseMode;
};

export type SentTelegramMessage = { messageId: number };

export type TelegramClient = {
  /**
   * Sent once, never retried: the Bot API has no idempotency key, so a retry after a timeout
   * could post the message twice. A text Telegram would refuse is refused before sending.
   * @throws ProviderError (`invalid_request` with providerCode `chat_not_found` or `bot_blocked`,
   * `rate_limited` with `retryAfterSeconds`, `auth` for a bad bot token)
   */
  sendTelegramMessage(message: TelegramMessage, context?: RequestContext): Promise<SentTelegramMessage>;
};

const sentMessageSchema = z
  .object({ ok: z.literal(true), result: z.object({ message_id: integerFromProviderSchema }) })
  .transform((response): SentTelegramMessage => ({ messageId: response.result.message_id }));

export function createTelegramClient(
  config: TelegramClientConfig,
  dependencies: ProviderCallDependencies = {},
): TelegramClient {
  const sendMessageUrl = `${config.apiUrl.replace(/\/+$/, "")}/bot${config.botToken}/sendMessage`;

  return {
    async sendTelegramMessage(message, context) {
      const refusal = describeUnsendableText(message.text);
      if (refusal !== null) {
        throw new ProviderError({
          kind: "invalid_request",
          provider: "telegram",
          action: "send_message",
          message: refusal,
          providerCode: "text_not_sendable",
        });
      }
      return sendProviderRequest(
        {
          provider: "telegram",
          action: "send_message",
          method: "POST",
          url: sendMessageUrl,
          body: {
            type: "json",
            value: { chat_id: message.chatId, text: message.text, parse_mode: message.parseMode },
          },
          timeoutMs: config.timeoutMs,
          retry: { idempotent: false },
          classifyResponse: classifyTelegramResponse,
          responseSchema: sentMessageSchema,
          secrets: [config.botToken],
          context,
        },
        dependencies,
      );
    },
  };
}
