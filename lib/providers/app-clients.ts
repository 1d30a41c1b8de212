import { env } from "@/lib/env";
import { recordIntegrationCall } from "@/lib/integration-log/record";
import { createFampageClient, type FampageClient, fampageClientConfig } from "@/lib/providers/fampage";

/**
 * The provider clients as the app uses them: configured from the environment and
 * reporting every call to the integration log. Domain code calls these; tests
 * point the environment at the sandbox.
 */
export function fampageClient(): FampageClient {
  return createFampageClient(fampageClientConfig(env()), { logSink: recordIntegrationCall });
}
