import type { ServerEnv } from "@/lib/env";
import { ProviderNotConfiguredError } from "../not-configured";

export type GhlClientConfig = {
  clientId: string;
  clientSecret: string;
  /** The marketplace's location chooser, e.g. `https://marketplace.gohighlevel.com/oauth/chooselocation`. */
  authorizeUrl: string;
  /** `https://services.leadconnectorhq.com` in production, `<sandbox>/ghl/api` in tests and demos. */
  apiBaseUrl: string;
  /** Host of the undocumented `/users/authenticate`, `https://backend.leadconnectorhq.com` in production. */
  backendUrl: string;
  scopes: readonly string[];
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
};

/** @throws ProviderNotConfiguredError naming the missing variables */
export function ghlConfigFromEnv(env: ServerEnv): GhlClientConfig {
  const { GHL_CLIENT_ID: clientId, GHL_CLIENT_SECRET: clientSecret } = env;
  if (clientId === undefined || clientSecret === undefined) {
    const missing = [
      ...(clientId === undefined ? ["GHL_CLIENT_ID"] : []),
      ...(clientSecret === undefined ? ["GHL_CLIENT_SECRET"] : []),
    ];
    throw new ProviderNotConfiguredError("GoHighLevel", missing);
  }
  return {
    clientId,
    clientSecret,
    authorizeUrl: env.GHL_AUTHORIZE_URL,
    apiBaseUrl: env.GHL_API_BASE_URL,
    backendUrl: env.GHL_BACKEND_URL,
    scopes: env.GHL_SCOPES.split(/\s+/).filter((scope) => scope.length > 0),
  };
}
