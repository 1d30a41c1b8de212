import type { ServerEnv } from "@/lib/env";
import { ProviderNotConfiguredError } from "../not-configured";
import type { InstagramClientConfig } from "./instagram-client";

/** @throws ProviderNotConfiguredError naming the missing variables */
export function instagramConfigFromEnv(env: ServerEnv): InstagramClientConfig {
  const { INSTAGRAM_APP_ID: appId, INSTAGRAM_APP_SECRET: appSecret } = env;
  if (appId === undefined || appSecret === undefined) {
    const missing = [
      ...(appId === undefined ? ["INSTAGRAM_APP_ID"] : []),
      ...(appSecret === undefined ? ["INSTAGRAM_APP_SECRET"] : []),
    ];
    throw new ProviderNotConfiguredError("Instagram", missing);
  }
  return {
    appId,
    appSecret,
    webBaseUrl: env.INSTAGRAM_WEB_BASE_URL,
    apiBaseUrl: env.INSTAGRAM_API_BASE_URL,
    graphBaseUrl: env.INSTAGRAM_GRAPH_BASE_URL,
  };
}
