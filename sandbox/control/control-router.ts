import { Hono } from "hono";
import type { SandboxClock } from "../core/sandbox-clock";
import type { SandboxContext } from "../core/sandbox-context";
import {
  clockAdvanceSchema,
  createFaultInputSchema,
  createLatencyInputSchema,
  journalQuerySchema,
  type ClockState,
} from "./control-schemas";
import { parseJsonBody, parseQuery } from "./control-validation";

function describeClock(clock: SandboxClock): ClockState {
  return { now: clock.now().toISOString(), offsetSeconds: clock.offsetSeconds };
}

/** The provider-independent part of `/_control`: journal, counters, faults, latency, clock, reset. */
export function createControlRouter(context: SandboxContext, providerNames: readonly string[], reset: () => void): Hono {
  const control = new Hono();
  const faultInputSchema = createFaultInputSchema(providerNames);
  const latencyInputSchema = createLatencyInputSchema(providerNames);

  control.get("/requests", (c) => {
    const query = parseQuery(c, journalQuerySchema);
    if (!query.ok) return query.response;
    return c.json({ requests: context.journal.list(query.data) });
  });

  control.get("/counters", (c) => {
    const query = parseQuery(c, journalQuerySchema);
    if (!query.ok) return query.response;
    const counters: Record<string, Record<string, number>> = {};
    for (const entry of context.journal.list(query.data)) {
      const byRoute = (counters[entry.provider] ??= {});
      const route = `${entry.method} ${entry.path}`;
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    }
    return c.json({ counters });
  });

  control.get("/latency", (c) => c.json(context.latency.describe()));

  control.put("/latency", async (c) => {
    const input = await parseJsonBody(c, latencyInputSchema);
    if (!input.ok) return input.response;
    context.latency.set(input.data.ms, input.data.provider ?? null);
    return c.json(context.latency.describe());
  });

  control.get("/faults", (c) => c.json({ faults: context.faults.list() }));

  control.post("/faults", async (c) => {
    const input = await parseJsonBody(c, faultInputSchema);
    if (!input.ok) return input.response;
    const { count, method, ...rest } = input.data;
    const fault = context.faults.add({ ...rest, method: method ?? null, remaining: count });
    return c.json({ fault }, 201);
  });

  control.get("/clock", (c) => c.json(describeClock(context.clock)));

  control.post("/clock/advance", async (c) => {
    const input = await parseJsonBody(c, clockAdvanceSchema);
    if (!input.ok) return input.response;
    context.clock.advance(input.data.seconds);
    return c.json(describeClock(context.clock));
  });

  control.post("/reset", (c) => {
    reset();
    return c.json({ reset: true });
  });

  return control;
}
