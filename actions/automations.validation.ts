import { z } from "zod";
import { REPORT_PERIODS, SYNC_ENTITIES, SYNC_TARGETS } from "@/lib/automations/automation-config";

const nameSchema = z.string().trim().min(1, "Give the automation a name.").max(100, "Use at most 100 characters.");
const idSchema = z.string().min(1).max(64);

const destinationIdSchema = z.string({ error: "Choose a destination." }).min(1, "Choose a destination.").max(64);

const common = {
  name: nameSchema,
  companyId: z.string().max(64).optional().transform((value) => value || null),
  destinationId: destinationIdSchema,
  cron: z.string().trim().min(1, "Choose when it runs.").max(100, "A schedule has at most 100 characters."),
};

export const automationSchema = z.discriminatedUnion("type", [
  z.object({ ...common, type: z.literal("SCHEDULED_REPORT"), config: z.object({ period: z.enum(REPORT_PERIODS, "Choose daily, weekly or monthly.") }) }),
  z.object({
    ...common,
    type: z.literal("ALERT"),
    config: z.object({
      kinds: z.array(z.string().trim().regex(/^[a-z0-9_.-]{1,64}$/, "Alert kinds are lowercase words with dots, like panel.low_balance.")).max(50),
      stuckAfterHours: z.coerce.number({ error: "Enter a number of hours." }).int("Use whole hours.").min(1, "At least 1 hour.").max(720, "At most 720 hours (30 days)."),
      tokenExpiringDays: z.coerce.number({ error: "Enter a number of days." }).int("Use whole days.").min(1, "At least 1 day.").max(60, "At most 60 days."),
    }),
  }),
  z
    .object({
      ...common,
      // The GoHighLevel CRM target needs no destination.
      destinationId: z.string().max(64).optional().transform((value) => value || null),
      type: z.literal("DATA_SYNC"),
      config: z.object({
        entities: z.array(z.enum(SYNC_ENTITIES)).min(1, "Choose orders, invoices or both."),
        target: z.enum(SYNC_TARGETS, "Choose a webhook or the GoHighLevel CRM.").optional(),
      }),
    })
    .superRefine((automation, context) => {
      if (automation.config.target !== "ghl_crm" && automation.destinationId === null) {
        context.addIssue({ code: "custom", path: ["destinationId"], message: "Choose a webhook destination." });
      }
    }),
], { error: "Choose the kind of automation." });

export const updateAutomationSchema = z.object({ id: idSchema, automation: automationSchema });

export const automationIdSchema = z.object({ id: idSchema });

export const schedulePreviewSchema = z.object({ cron: z.string().trim().min(1).max(100) });
