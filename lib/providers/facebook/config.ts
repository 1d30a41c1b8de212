import type { ServerEnv } from "@/lib/env";
import { ProviderNotConfiguredError } from "../not-configured";
import type { FacebookClientConfig } from "./facebook-client";

/** @throws ProviderNotConfiguredError naming the missing variables */
export function facebookConfigFromEnv(env: ServerEnv): FacebookClientConfig {
  const { FACEBOOK_APP_ID: appId, FACEBOOK_APP_SECRET: appSecret } = env;
  if (appId === undefined || appSecret === undefined) {
    const missing = [
      ...(appId === undefined ? ["FACEBOOK_APP_ID"] : []),
      ...(appSecret === undefined ? ["FACEBOOK_APP_SECRET"] : []),
    ];
    throw new ProviderNotConfiguredError("Facebook", missing);
  }
  return {
    appId,
    appSecret,
    graphVersion: env.FACEBOOK_GRAPH_VERSION,
    webBaseUrl: env.FACEBOOK_WEB_BASE_URL,
    graphBaseUrl: env.FACEBOOK_GRAPH_BASE_URL,
  };
}
