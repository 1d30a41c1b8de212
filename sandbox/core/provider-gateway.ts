import { Hono } from "hono";
import { describeRequestForJournal } from "./journal-recording";
import { respondWithFault } from "./fault-response";
import { waitFor } from "./latency-plan";
import type { ProviderSimulator } from "./provider-simulator";
import type { SandboxContext } from "./sandbox-context";

/**
 * Wraps a simulator's API so that every request is journaled first and then either answered
 * by an injected fault or passed to the simulator, after the configured latency.
 */
export function createProviderGateway(context: SandboxContext, simulator: ProviderSimulator, api: Hono): Hono {
  const gateway = new Hono();

  gateway.use(async (c, next) => {
    const request = await describeRequestForJournal(c, simulator.name, context.clock.now());
    const fault = context.faults.take(simulator.name, request.method, request.path);
    context.journal.record({ ...request, faultInjected: fault?.mode ?? null });
    await waitFor(context.latency.for(simulator.name), context.shutdownSignal);
    if (fault !== null) return respondWithFault(c, fault, simulator.faultBodies, context.shutdownSignal);
    await next();
  });
  gateway.route("/", api);
  gateway.notFound((c) => c.json({ error: "not_found", message: `No ${simulator.name} route ${c.req.method} ${c.req.path}` }, 404));
  gateway.onError((error, c) => {
    console.error(`sandbox ${simulator.name} simulator failed:`, error);
    return c.json({ error: "sandbox_error", message: error.message }, 500);
  });
  return gateway;
}
