import { env } from "@/lib/env";
import { resolveEngineMode } from "./engine-mode";
import { errorFields, log } from "@/lib/log";

type Runtime = { stop(): Promise<void> };
const globalForRuntime = globalThis as unknown as { socialScaleWorkflowRuntime?: Runtime };

/**
 * Starts the background half of workflows beside the app, once per process:
 * the embedded runner (it delivers the outbox itself), or with Inngest the
 * relay that sends the outbox to it. Requests never wait on either.
 */
export async function startWorkflowRuntime(): Promise<void> {
  if (globalForRuntime.socialScaleWorkflowRuntime) return;
  const serverEnv = env();
  const mode = resolveEngineMode(serverEnv);
  const { inngestFunctions } = await import("@/inngest/functions");
  if (mode.engine === "embedded") {
    const { EmbeddedRunner } = await import("./runner/embedded-runner");
    const runner = new EmbeddedRunner({ functions: inngestFunctions, slots: serverEnv.WORKFLOW_RUNNER_SLOTS });
    runner.start();
    globalForRuntime.socialScaleWorkflowRuntime = runner;
    return;
  }
  const [{ inngest }, { relayOutboxToInngest }] = await Promise.all([import("@/inngest/client"), import("./relay-to-inngest")]);
  globalForRuntime.socialScaleWorkflowRuntime = startRelayLoop(() => relayOutboxToInngest((events) => inngest.send(events)));
}

function startRelayLoop(relayBatch: () => Promise<number>): Runtime {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const loop = async (): Promise<void> => {
    while (!stopped) {
      try {
        if ((await relayBatch()) > 0) continue;
      } catch (error) {
        log.error(errorFields(error), "outbox relay to Inngest failed; retrying in 1 s");
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
    }
  };
  current = loop();
  return {
    async stop() {
      stopped = true;
      await current;
    },
  };
}
