import { z } from "zod";
import type { AutomationInput } from "@/lib/automations/manage-automations";
import { REPORT_PERIODS, SYNC_ENTITIES, SYNC_TARGETS } from "@/lib/automations/automation-config";

const idSchema = z.string().min(1).max(64);
const optionalId = z.string().max(64).optional().transform((value) => value || null);
const ALERT_KIND = /^[a-z0-9_.-]{1,64}$/;
const ALERT_KIND_MESSAGE = "Alert kinds are lowercase words with dots, like panel.low_balance.";

const splitKinds = (typed: string | undefined) => (typed ?? "").split(/[\s,]+/).map((kind) => kind.trim()).filter(Boolean);

/**
 * The automation form's fields, flat as a form posts them (every type's fields are optional
 * here; the type's own are required below), read into the automation they describe.
 */
const automationFieldsSchema = z.object({
  name: z.string().trim().min(1, "Give the automation a name.").max(100, "Use at most 100 characters."),
  type: z.enum(["SCHEDULED_REPORT", "ALERT", "DATA_SYNC"], "Choose the kind of automation."),
  companyId: optionalId,
  destinationId: optionalId,
  cron: z.string().trim().min(1, "Choose when it runs.").max(100, "A schedule has at most 100 characters."),
  period: z.enum(REPORT_PERIODS, "Choose daily, weekly or monthly.").optional(),
  alertKinds: z.array(z.string().trim().regex(ALERT_KIND, ALERT_KIND_MESSAGE)).max(50, "Choose at most 50 alert kinds.").optional(),
  otherKinds: z.string().max(2000, "List at most 2,000 characters of alert kinds.").optional(),
  stuckAfterHours: z.coerce.number({ error: "Enter a number of hours." }).int("Use whole hours.").min(1, "At least 1 hour.").max(720, "At most 720 hours (30 days).").optional(),
  tokenExpiringDays: z.coerce.number({ error: "Enter a number of days." }).int("Use whole days.").min(1, "At least 1 day.").max(60, "At most 60 days.").optional(),
  entities: z.array(z.enum(SYNC_ENTITIES, "Choose orders, invoices or both.")).optional(),
  target: z.enum(SYNC_TARGETS, "Choose a webhook or the GoHighLevel CRM.").optional(),
});

type AutomationFields = z.output<typeof automationFieldsSchema>;

function requireTypeFields(fields: AutomationFields, context: z.RefinementCtx): void {
  const missing = (path: keyof AutomationFields, message: string) => context.addIssue({ code: "custom", path: [path], message });
  if (fields.type === "SCHEDULED_REPORT" && !fields.period) missing("period", "Choose daily, weekly or monthly.");
  if (fields.type === "ALERT") {
    if (fields.stuckAfterHours === undefined) missing("stuckAfterHours", "Enter a number of hours.");
    const typed = splitKinds(fields.otherKinds);
    if (typed.some((kind) => !ALERT_KIND.test(kind))) missing("otherKinds", ALERT_KIND_MESSAGE);
    else if (new Set([...(fields.alertKinds ?? []), ...typed]).size > 50) missing("otherKinds", "Choose at most 50 alert kinds.");
  }
  if (fields.type === "DATA_SYNC" && (fields.entities ?? []).length === 0) missing("entities", "Choose orders, invoices or both.");
  // The GoHighLevel CRM target needs no destination.
  const toCrm = fields.type === "DATA_SYNC" && fields.target === "ghl_crm";
  if (!toCrm && fields.destinationId === null) {
    missing("destinationId", fields.type === "DATA_SYNC" ? "Choose a webhook destination." : "Choose a destination.");
  }
}

function automationFrom(fields: AutomationFields): AutomationInput {
  const common = { name: fields.name, companyId: fields.companyId, destinationId: fields.destinationId, cron: fields.cron };
  switch (fields.type) {
    case "SCHEDULED_REPORT":
      return { ...common, type: fields.type, config: { period: fields.period ?? "daily" } };
    case "ALERT":
      return {
        ...common,
        type: fields.type,
        config: {
          kinds: [...new Set([...(fields.alertKinds ?? []), ...splitKinds(fields.otherKinds)])],
          stuckAfterHours: fields.stuckAfterHours ?? 24,
          tokenExpiringDays: fields.tokenExpiringDays,
        },
      };
    case "DATA_SYNC":
      return { ...common, type: fields.type, config: { entities: fields.entities ?? [], target: fields.target } };
  }
}

export const automationSchema = automationFieldsSchema.superRefine(requireTypeFields).transform(automationFrom);

export const updateAutomationSchema = automationFieldsSchema
  .extend({ id: idSchema })
  .superRefine(requireTypeFields)
  .transform((fields) => ({ id: fields.id, automation: automationFrom(fields) }));

export const automationIdSchema = z.object({ id: idSchema });

export const schedulePreviewSchema = z.object({ cron: z.string().trim().min(1).max(100) });
