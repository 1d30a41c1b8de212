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

/** Start (or resume after a failure or cancel) attempt `attempt` of a company's GoHighLevel sub-account. */
export const ghlProvisioningRequested = eventType("ghl/provisioning.requested", {
  schema: z.object({ companyId: z.string().min(1), attempt: z.number().int().min(1) }),
});

/** A connected account's token is due for renewal (fanned out by the refresh cron, one per account). */
export const socialAccountRefreshRequested = eventType("social/account.refresh-requested", {
  schema: z.object({ accountId: z.string().min(1) }),
});

/** The daily check of one account: validation, follower snapshot, expiry warning. */
export const socialAccountDailyCheckRequested = eventType("social/account.daily-check-requested", {
  schema: z.object({ accountId: z.string().min(1) }),
});

/** A client reconnect link was created and must be e-mailed to the company contact. */
export const socialReconnectLinkRequested = eventType("social/reconnect-link.requested", {
  schema: z.object({ linkId: z.string().min(1) }),
});

/** A provider webhook delivery was stored and awaits processing. */
export const socialWebhookReceived = eventType("social/webhook.received", {
  schema: z.object({ webhookEventId: z.string().min(1) }),
});

export const automationRunRequested = eventType("automations/run.requested", {
  schema: z.object({ runId: z.string().min(1), automationId: z.string().min(1) }),
});
