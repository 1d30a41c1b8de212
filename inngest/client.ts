import { Inngest } from "inngest";

/** Inngest's own name for the key; never sent anywhere in embedded mode. */
const EMBEDDED_EVENT_KEY = "embedded-runner";

/**
 * Where the client's event sends go: to Inngest, or in embedded mode to the
 * outbox (the runner delivers from there). Decided per call, so importing the
 * client needs no environment (`next build`).
 */
const routeEventSends: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (new URL(url).pathname.startsWith("/e/")) {
    const [{ env }, { resolveEngineMode }] = await Promise.all([import("@/lib/env"), import("@/lib/workflows/engine-mode")]);
    if (resolveEngineMode(env()).engine === "embedded") {
      const { storeSentEvents } = await import("@/lib/workflows/runner/sent-events");
      return storeSentEvents(String(init?.body ?? "[]"));
    }
  }
  return fetch(input, init);
};

/**
 * The workflow engine's client. Inngest reads its settings from the
 * environment: INNGEST_DEV for a local dev server, INNGEST_EVENT_KEY and
 * INNGEST_SIGNING_KEY for Inngest Cloud or a self-hosted engine. App code never
 * sends through it: events go through the outbox (lib/workflows/outbox.ts).
 */
export const inngest = new Inngest({
  id: "social-scale",
  eventKey: process.env.INNGEST_EVENT_KEY || EMBEDDED_EVENT_KEY,
  fetch: routeEventSends,
});
