import { Inngest } from "inngest";

/**
 * The workflow engine's client. Inngest reads its own settings from the
 * environment: INNGEST_DEV for a local dev server, INNGEST_EVENT_KEY and
 * INNGEST_SIGNING_KEY for Inngest Cloud or a self-hosted engine.
 */
export const inngest = new Inngest({ id: "social-scale" });
