import type { Context } from "hono";
import type { FaultRule } from "./fault-plan";
import type { FaultBodies } from "./provider-simulator";

/** Longer than any client waits; the wait also ends when the client gives up or the sandbox closes. */
const HANG_MS = 120_000;

function waitUntilAbandoned(requestSignal: AbortSignal, shutdownSignal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const signal = AbortSignal.any([requestSignal, shutdownSignal, AbortSignal.timeout(HANG_MS)]);
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

/** The response that replaces the simulator's answer while a fault is active. */
export async function respondWithFault(
  c: Context,
  fault: FaultRule,
  bodies: FaultBodies,
  shutdownSignal: AbortSignal,
): Promise<Response> {
  switch (fault.mode) {
    case "http_500":
      return c.json(bodies.serverError(), 500);
    case "rate_limit":
      return c.json(bodies.rateLimited(fault.retryAfterSeconds), 429, {
        "retry-after": String(fault.retryAfterSeconds),
      });
    case "error_200":
      return c.json(bodies.errorWithStatus200(), 200);
    case "malformed_json":
      return c.body('{"id": "unterminated', 200, { "content-type": "application/json" });
    case "timeout":
      await waitUntilAbandoned(c.req.raw.signal, shutdownSignal);
      return c.body(null, 504);
  }
}
