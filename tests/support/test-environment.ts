import { sandboxProviderEnv } from "../../scripts/lib/sandbox-env";

/** Fixed keys (never used outside tests), so a failing test's stored secrets can be opened again. */
export const TEST_ENCRYPTION_KEYS = `test1:${Buffer.alloc(32, 7).toString("base64")}`;

/** What lib/env.ts needs in tests: every provider points at the test file's own sandbox. */
export function testEnvironment(sandboxUrl: string): Record<string, string> {
  return {
    NODE_ENV: "test",
    AUTH_SECRET: "test-auth-secret-that-is-long-enough-0123456789",
    APP_URL: "http://localhost:3000",
    ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    // Short, so the sandbox's "timeout" fault is felt quickly.
    PROVIDER_TIMEOUT_MS: "1500",
    ...sandboxProviderEnv(sandboxUrl, {}),
  };
}
