import { setTimeout as sleep } from "node:timers/promises";
import { Hono } from "hono";
import type { FampagePanel } from "./fampage-panel";
import { answerPanelRequest } from "./panel-actions";

/** Fampage's API v2: one `POST /api/v2`, form-encoded, always answered with HTTP 200 and JSON. */
export function createFampageApi(panel: FampagePanel): Hono {
  const api = new Hono();
  api.post("/api/v2", async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    if (panel.store.latencyMs > 0) await sleep(panel.store.latencyMs, undefined, { signal: panel.context.shutdownSignal }).catch(() => undefined);
    return c.json(answerPanelRequest(form, panel), 200);
  });
  return api;
}
