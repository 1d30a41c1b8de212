import "server-only";
import { env } from "@/lib/env";
import { recordIntegrationCall } from "@/lib/integration-log/record";
import { createFampageClient, type FampageClient, fampageClientConfig } from "@/lib/providers/fampage";
import { createResendClient, type ResendClient } from "@/lib/providers/resend";

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
