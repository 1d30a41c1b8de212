import { eventType } from "inngest";
import { z } from "zod";

/**
 * Every event the app emits, with the schema its data must match. Functions
 * trigger on these; domain code emits them through the outbox
 * (`enqueueEvent` in lib/workflows/outbox.ts), never by calling the engine.
 */
export const companyCreated = eventType("company/created", {
  schema: z.object({ companyId: z.string().min(1) }),
});

/** Emitted for every request, known address or not: the function finds out, so the form's timing tells nothing. */
export const passwordResetRequested = eventType("auth/password-reset.requested", {
  schema: z.object({ email: z.string().min(1).max(320) }),
});

export const statusSyncRequested = eventType("orders/status-sync.requested", {
  schema: z.object({ syncId: z.string().min(1) }),
});

export const alertOpened = eventType("alerts/opened", {
  schema: z.object({ alertId: z.string().min(1), kind: z.string().min(1) }),
});
