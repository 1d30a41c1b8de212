import type { ServerEnv } from "@/lib/env";
import { ProviderNotConfiguredError } from "../not-configured";
import type { FampageClientConfig } from "./fampage-client";

/**
 * The client configuration from the environment.
 * @throws ProviderNotConfiguredError when FAMPAGE_API_KEY is not set
 */
export function fampageClientConfig(serverEnv: ServerEnv): FampageClientConfig {
  if (serverEnv.FAMPAGE_API_KEY === undefined) throw new ProviderNotConfiguredError("Fampage", ["FAMPAGE_API_KEY"]);
  return { baseUrl: serverEnv.FAMPAGE_BASE_URL, apiKey: serverEnv.FAMPAGE_API_KEY };
}
