import { TEST_ENCRYPTION_KEYS } from "./test-environment";

/** The variables lib/env.ts cannot start without, and nothing else: provider settings are each test's own. */
export const minimalEnvironment = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app",
  AUTH_SECRET: "x".repeat(32),
  RESEND_API_KEY: "re_test_key",
  ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
};
