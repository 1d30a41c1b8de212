/** What lib/env.ts needs in tests; provider URLs point at a sandbox a test starts itself. */
export function testEnvironment(sandboxUrl = "http://127.0.0.1:9"): Record<string, string> {
  return {
    NODE_ENV: "test",
    AUTH_SECRET: "test-auth-secret-that-is-long-enough-0123456789",
    APP_URL: "http://localhost:3000",
    RESEND_API_KEY: "re_test_key_never_logged",
    RESEND_BASE_URL: `${sandboxUrl}/resend`,
  };
}
