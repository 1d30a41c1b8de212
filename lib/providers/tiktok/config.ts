import type { ServerEnv } from "@/lib/env";
import { ProviderNotConfiguredError } from "../not-configured";
import type { TikTokClientConfig } from "./tiktok-client";

/** @throws ProviderNotConfiguredError naming the missing variables */
export function tiktokConfigFromEnv(env: ServerEnv): TikTokClientConfig {
  const { TIKTOK_CLIENT_KEY: clientKey, TIKTOK_CLIENT_SECRET: clientSecret } = env;
  if (clientKey === undefined || clientSecret === undefined) {
    const missing = [
      ...(clientKey === undefined ? ["TIKTOK_CLIENT_KEY"] : []),
      ...(clientSecret === undefined ? ["TIKTOK_CLIENT_SECRET"] : []),
    ];
    throw new ProviderNotConfiguredError("TikTok", missing);
  }
  return { clientKey, clientSecret, webBaseUrl: env.TIKTOK_WEB_BASE_URL, apiBaseUrl: env.TIKTOK_API_BASE_URL };
}
