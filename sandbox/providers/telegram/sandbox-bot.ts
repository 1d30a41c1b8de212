/** The one bot the sandbox knows; scripts/lib/sandbox-env.ts hands its token to the app. */
export const SANDBOX_BOT_TOKEN = "123456:sandbox-bot-token";

/** What `message.from` says about the bot. */
export const SANDBOX_BOT_USER = {
  id: 123456,
  is_bot: true,
  first_name: "Social Scale Sandbox Bot",
  username: "social_scale_sandbox_bot",
} as const;

/** Telegram allows about one message per second to the same chat. */
export const MIN_INTERVAL_PER_CHAT_MS = 1000;
