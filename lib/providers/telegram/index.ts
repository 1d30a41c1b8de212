export { telegramConfigFromEnv } from "./config";
export { TELEGRAM_MAX_TEXT_LENGTH, splitTelegramText } from "./message-text";
export {
  createTelegramClient,
  type SentTelegramMessage,
  type TelegramClient,
  type TelegramClientConfig,
  type TelegramMessage,
  type TelegramParseMode,
} from "./telegram-client";
