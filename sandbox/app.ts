import { Hono } from "hono";
import { createControlRouter } from "./control/control-router";
import { PAGE_SECURITY_HEADERS } from "./core/html";
import { createProviderGateway } from "./core/provider-gateway";
import type { ProviderSimulator } from "./core/provider-simulator";
import type { SandboxContext } from "./core/sandbox-context";
import { renderHomePage } from "./home-page";

/** The whole sandbox as one Hono app: `/_control`, then one mount per simulator. */
export function createSandboxApp(context: SandboxContext, simulators: readonly ProviderSimulator[]): Hono {
  const instances = simulators.map((simulator) => ({ simulator, instance: simulator.create(context) }));

  const reset = (): void => {
    context.clock.reset();
    context.random.reseed();
    context.journal.clear();
    context.faults.clear();
    context.latency.clear();
    for (const { instance } of instances) instance.reset();
  };

  const app = new Hono();
  app.get("/", (c) => c.html(renderHomePage(simulators), 200, PAGE_SECURITY_HEADERS));
  app.route(
    "/_control",
    createControlRouter(
      context,
      simulators.map((simulator) => simulator.name),
      reset,
    ),
  );
  for (const { simulator, instance } of instances) {
    if (instance.control !== undefined) app.route(`/_control/${simulator.name}`, instance.control);
  }
  for (const { simulator, instance } of instances) {
    // Pages first: the API gateway mounted below answers every other path under the prefix.
    if (instance.pages !== undefined) app.route(`/${simulator.name}`, instance.pages);
    app.mount(`/${simulator.name}`, createProviderGateway(context, simulator, instance.api).fetch);
  }
  app.notFound((c) => c.json({ error: "not_found", message: `No sandbox route ${c.req.method} ${c.req.path}` }, 404));
  return app;
}
