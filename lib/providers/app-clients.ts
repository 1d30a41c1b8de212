import { env } from "@/lib/env";
import { recordIntegrationCall } from "@/lib/integration-log/record";
import { createFacebookClient, facebookConfigFromEnv, type FacebookClient } from "@/lib/providers/facebook";
import { createFampageClient, type FampageClient, fampageClientConfig } from "@/lib/providers/fampage";
import { createGhlClient, ghlConfigFromEnv, type GhlClient } from "@/lib/providers/ghl";
import { createInstagramClient, instagramConfigFromEnv, type InstagramClient } from "@/lib/providers/instagram";
import { createTikTokClient, tiktokConfigFromEnv, type TikTokClient } from "@/lib/providers/tiktok";
import { createResendClient, type ResendClient } from "@/lib/providers/resend";
import { createTelegramClient, type TelegramClient, telegramConfigFromEnv } from "@/lib/providers/telegram";

/**
 * The provider clients as the app uses them: configured from the environment and
 * reporting every call to the integration log. Domain code calls these; tests
 * point the environment at the sandbox.
 */
const dependencies = { logSink: recordIntegrationCall };

export function fampageClient(): FampageClient {
  const serverEnv = env();
  return createFampageClient({ ...fampageClientConfig(serverEnv), timeoutMs: serverEnv.PROVIDER_TIMEOUT_MS }, dependencies);
}

export function resendClient(): ResendClient {
  const serverEnv = env();
  return createResendClient(
    { baseUrl: serverEnv.RESEND_BASE_URL, apiKey: serverEnv.RESEND_API_KEY, timeoutMs: serverEnv.PROVIDER_TIMEOUT_MS },
    dependencies,
  );
}

/** @throws ProviderNotConfiguredError when GHL_CLIENT_ID or GHL_CLIENT_SECRET is missing */
export function ghlClient(): GhlClient {
  const serverEnv = env();
  return createGhlClient({ ...ghlConfigFromEnv(serverEnv), timeoutMs: serverEnv.PROVIDER_TIMEOUT_MS }, dependencies);
}

/** @throws ProviderNotConfiguredError */
export function facebookClient(): FacebookClient {
  const serverEnv = env();
  return createFacebookClient({ ...facebookConfigFromEnv(serverEnv), timeoutMs: serverEnv.PROVIDER_TIMEOUT_MS }, dependencies);
}

/** @throws ProviderNotConfiguredError */
export function instagramClient(): InstagramClient {
  const serverEnv = env();
  return createInstagramClient({ ...instagramConfigFromEnv(serverEnv), timeoutMs: serverEnv.PROVIDER_TIMEOUT_MS }, dependencies);
}

/** @throws ProviderNotConfiguredError */
export function tiktokClient(): TikTokClient {
  const serverEnv = env();
  return createTikTokClient({ ...tiktokConfigFromEnv(serverEnv), timeoutMs: serverEnv.PROVIDER_TIMEOUT_MS }, dependencies);
}

/** @throws ProviderNotConfiguredError when TELEGRAM_BOT_TOKEN is not set */
export function telegramClient(): TelegramClient {
  const serverEnv = env();
  return createTelegramClient({ ...telegramConfigFromEnv(serverEnv), timeoutMs: serverEnv.PROVIDER_TIMEOUT_MS }, dependencies);
}
