import type { ProviderSimulator } from "../../core/provider-simulator";
import { createTelegramApi } from "./api-router";
import { createTelegramControl } from "./control-router";
import { createTelegramPages } from "./messages-page";
import { telegramFaultBodies } from "./telegram-bodies";
import { TelegramStore } from "./telegram-store";

export const telegramSimulator: ProviderSimulator = {
  name: "telegram",
  baseUrlEnvVar: "TELEGRAM_API_URL",
  faultBodies: telegramFaultBodies,
  humanPages: [{ label: "Bot messages", path: "/telegram/messages" }],
  create(context) {
    const store = new TelegramStore();
    return {
      api: createTelegramApi(context, store),
      pages: createTelegramPages(store),
      control: createTelegramControl(store),
      reset: () => store.clear(),
    };
  },
};
