import { afterEach, beforeEach, expect } from "vitest";
import { parseServerEnv, type ServerEnv } from "@/lib/env";
import type { IntegrationCall } from "@/lib/integration-log/types";
import type { ProviderCallDependencies, ProviderError } from "@/lib/providers/core";
import { createSandboxControl, type SandboxControl } from "../../sandbox/testing/sandbox-control";
import { sandboxProviderEnv } from "../../scripts/lib/sandbox-env";
import { providerErrorOf } from "./provider-error";

export type ProviderContract = {
  /** The test file's own sandbox (tests/support/isolated-database.ts). */
  sandboxUrl: string;
  control: SandboxControl;
  /** The environment exactly as the app builds it against the sandbox (scripts/lib/sandbox-env.ts). */
  sandboxEnv(): ServerEnv;
  /** Every call the test's clients logged, in order. */
  records: readonly IntegrationCall[];
  /** Drops what was logged so far, so a test can look at its own calls only. */
  forgetRecords(): void;
  /** Every wait the test's clients asked for, in milliseconds. */
  sleeps: readonly number[];
  logSink(call: IntegrationCall): Promise<void>;
  /** Logs into `records` and waits for nothing, noting each wait in `sleeps`. */
  clientDependencies: Required<Pick<ProviderCallDependencies, "logSink" | "sleep">>;
  /** Credentials the test handled: none may reach a log record or a thrown error. */
  rememberSecrets(...secrets: string[]): void;
  /** Errors the test caught itself, searched for credentials like the ones `providerErrorOf` catches. */
  rememberErrors(...errors: unknown[]): void;
  /** What the promise rejected with, asserted to be a ProviderError and searched for credentials. */
  providerErrorOf(promise: Promise<unknown>): Promise<ProviderError>;
};

export type ProviderContractOptions = {
  /** Credentials every test of the file handles, such as a fixed API key. */
  secrets?: readonly string[];
};

/**
 * Registers the hooks every provider contract test runs under: a reset sandbox and nothing logged
 * before each test, and after it, a failure if any remembered credential, as is or URL-encoded,
 * reached a log record or a thrown error.
 */
export function setUpProviderContract({ secrets: fileSecrets = [] }: ProviderContractOptions = {}): ProviderContract {
  const sandboxUrl = process.env.SANDBOX_URL ?? "";
  const control = createSandboxControl(sandboxUrl);
  const records: IntegrationCall[] = [];
  const sleeps: number[] = [];
  const thrownErrors: unknown[] = [];
  const secrets: string[] = [];

  beforeEach(async () => {
    await control.reset();
    records.length = 0;
    sleeps.length = 0;
    thrownErrors.length = 0;
    secrets.splice(0, secrets.length, ...fileSecrets);
  });

  afterEach(() => {
    const everything = JSON.stringify({
      records,
      // An Error's message is not enumerable, so neither the spread nor JSON.stringify would see it.
      errors: thrownErrors.map((error) => (error instanceof Error ? { ...error, message: error.message } : error)),
    });
    for (const secret of secrets) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(encodeURIComponent(secret));
    }
  });

  const logSink = async (call: IntegrationCall): Promise<void> => void records.push(call);
  const rememberErrors = (...errors: unknown[]): void => void thrownErrors.push(...errors);

  return {
    sandboxUrl,
    control,
    sandboxEnv: () => parseServerEnv({ ...process.env, ...sandboxProviderEnv(sandboxUrl, {}) }),
    records,
    forgetRecords: () => void (records.length = 0),
    sleeps,
    logSink,
    clientDependencies: { logSink, sleep: async (ms) => void sleeps.push(ms) },
    rememberSecrets: (...values) => void secrets.push(...values),
    rememberErrors,
    providerErrorOf: (promise) =>
      providerErrorOf(
        promise.catch((error: unknown) => {
          rememberErrors(error);
          throw error;
        }),
      ),
  };
}
