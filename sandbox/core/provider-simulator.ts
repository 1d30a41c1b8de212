import type { Hono } from "hono";
import type { ProviderName } from "../../lib/integration-log/types";
import type { SandboxContext } from "./sandbox-context";

/**
 * Bodies a provider sends when things go wrong, so injected faults look like the real
 * provider's (the sandbox sets the status: 500, 429 + Retry-After, and 200).
 */
export type FaultBodies = {
  serverError: () => unknown;
  rateLimited: (retryAfterSeconds: number) => unknown;
  /** An error reported with HTTP 200, the way Fampage and Telegram-style APIs do. */
  errorWithStatus200: () => unknown;
};

/** A page for humans, listed on the sandbox home page and by `sandbox/main.ts`. */
export type HumanPage = { label: string; path: string };

/** The routers and state of one simulator inside one running sandbox. */
export type SimulatorInstance = {
  /** Mounted at `/<name>`; every request is journaled and may receive an injected fault. */
  api: Hono;
  /** Mounted at `/<name>` ahead of `api`, for humans; neither journaled nor faulted. */
  pages?: Hono;
  /** Mounted at `/_control/<name>`: simulator-specific inspection for tests. */
  control?: Hono;
  /** Forget everything (called by `POST /_control/reset`). */
  reset(): void;
};

/**
 * One simulated provider. To add one: create `sandbox/providers/<name>/index.ts` exporting a
 * ProviderSimulator, and list it in `sandbox/providers/registry.ts`.
 */
export type ProviderSimulator = {
  /** A provider, or `webhook`: the receiver standing in for the agency's own webhook endpoint. */
  name: ProviderName | "webhook";
  /** The variable the app reads the provider's base URL from, printed by the CLI. */
  baseUrlEnvVar: string;
  faultBodies: FaultBodies;
  humanPages: readonly HumanPage[];
  create(context: SandboxContext): SimulatorInstance;
};
