import type { ServerEnv } from "@/lib/env";

export type EngineMode =
  | { engine: "inngest"; dev: boolean }
  | { engine: "embedded" };

export class EngineNotChosenError extends Error {
  override name = "EngineNotChosenError";
}

/**
 * Which engine runs the workflows. Inngest (Cloud, self-hosted, or a local dev
 * server) when its keys or INNGEST_DEV are set; the embedded runner (the same
 * functions, over the app's Postgres) on a single machine. Development defaults
 * to the embedded runner; production must say which, so crons never silently
 * stop because nobody configured an engine.
 */
export function resolveEngineMode(serverEnv: ServerEnv): EngineMode {
  const dev = Boolean(serverEnv.INNGEST_DEV && !["0", "false"].includes(serverEnv.INNGEST_DEV));
  const hasKeys = Boolean(serverEnv.INNGEST_EVENT_KEY && serverEnv.INNGEST_SIGNING_KEY);
  const wanted = serverEnv.WORKFLOW_ENGINE ?? (dev || hasKeys ? "inngest" : serverEnv.NODE_ENV === "production" ? undefined : "embedded");

  if (wanted === "embedded") {
    if (dev || hasKeys) {
      throw new EngineNotChosenError(
        "WORKFLOW_ENGINE=embedded but Inngest is configured too (INNGEST_DEV or INNGEST_EVENT_KEY/INNGEST_SIGNING_KEY): unset one of them, so events go to exactly one engine.",
      );
    }
    return { engine: "embedded" };
  }
  if (wanted === "inngest") {
    if (dev) return { engine: "inngest", dev: true };
    if (hasKeys) return { engine: "inngest", dev: false };
    throw new EngineNotChosenError(
      "WORKFLOW_ENGINE=inngest needs INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY (Inngest Cloud or self-hosted), or INNGEST_DEV=1 for a local dev server.",
    );
  }
  throw new EngineNotChosenError(
    "No workflow engine is configured. Set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY to run workflows on Inngest (Cloud or self-hosted), or WORKFLOW_ENGINE=embedded to run them inside this app on its Postgres (a single machine).",
  );
}
