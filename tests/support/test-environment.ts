import { sandboxProviderEnv } from "../../scripts/lib/sandbox-env";

/** What lib/env.ts needs in tests: every provider points at the test file's own sandbox. */
export function testEnvironment(sandboxUrl: string): Record<string, string> {
  return {
    NODE_ENV: "test",
    AUTH_SECRET: "test-auth-secret-that-is-long-enough-0123456789",
    APP_URL: "http://localhost:3000",
    // Short, so the sandbox's "timeout" fault is felt quickly.
    PROVIDER_TIMEOUT_MS: "1500",
    ...sandboxProviderEnv(sandboxUrl, {}),
  };
}
