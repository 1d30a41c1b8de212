import { sandboxProviderEnv } from "../../scripts/lib/sandbox-env";

/**
 * What lib/env.ts needs to load the app's modules in a benchmark process: the sandbox's fake
 * credentials, pointing at `sandboxUrl` (bench:sync starts one; the others never call a provider).
 */
export function applyBenchEnvironment(extra: Record<string, string> = {}, sandboxUrl = "http://127.0.0.1:9"): void {
  Object.assign(process.env, {
    NODE_ENV: process.env.NODE_ENV ?? "production",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-auth-secret-that-is-long-enough-0123456789",
    APP_URL: process.env.APP_URL ?? "http://localhost:3000",
    ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS ?? `bench1:${Buffer.alloc(32, 3).toString("base64")}`,
    // Production requires it (lib/env.ts); a benchmark process has no proxy in front.
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? "0",
    ...sandboxProviderEnv(sandboxUrl, {}),
    ...extra,
  });
}
