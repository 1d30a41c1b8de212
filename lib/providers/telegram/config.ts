import type { ServerEnv } from "@/lib/env";
import { ProviderNotConfiguredError } from "../not-configured";
import type { TelegramClientConfig } from "./telegram-client";

/** @throws ProviderNotConfiguredError when no bot token is set */
export function telegramConfigFromEnv(env: ServerEnv): TelegramClientConfig {
  if (env.TELEGRAM_BOT_TOKEN === undefined) throw new ProviderNotConfiguredError("Telegram", ["TELEGRAM_BOT_TOKEN"]);
  return { apiUrl: env.TELEGRAM_API_URL, botToken: env.TELEGRAM_BOT_TOKEN };
}
