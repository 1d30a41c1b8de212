import { z } from "zod";
import type { AutomationType } from "@/lib/generated/prisma/client";

export const REPORT_PERIODS = ["daily", "weekly", "monthly"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const SYNC_ENTITIES = ["orders", "invoices"] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

export const reportConfigSchema = z.object({ period: z.enum(REPORT_PERIODS) });

export const alertConfigSchema = z.object({
  /** Empty: every kind. */
  kinds: z.array(z.string().regex(/^[a-z0-9_.-]{1,64}$/)).max(50),
  stuckAfterHours: z.number().int().min(1).max(720),
  /** Warn about social tokens whose access ends within this many days (absent: the console's 3). */
  tokenExpiringDays: z.number().int().min(1).max(60).optional(),
});

/** Where a data sync pushes: the automation's webhook destination, or the agency's GoHighLevel CRM (no destination). */
export const SYNC_TARGETS = ["webhook", "ghl_crm"] as const;
export type SyncTarget = (typeof SYNC_TARGETS)[number];

/** `target` absent: a webhook (what every sync was before the CRM target existed). */
export const syncConfigSchema = z.object({ entities: z.array(z.enum(SYNC_ENTITIES)).min(1), target: z.enum(SYNC_TARGETS).optional() });

export type ReportConfig = z.infer<typeof reportConfigSchema>;
export type AlertConfig = z.infer<typeof alertConfigSchema>;
export type SyncConfig = z.infer<typeof syncConfigSchema>;

export const syncTargetOf = (config: SyncConfig): SyncTarget => config.target ?? "webhook";

export type AutomationConfig =
  | { type: "SCHEDULED_REPORT"; config: ReportConfig }
  | { type: "ALERT"; config: AlertConfig }
  | { type: "DATA_SYNC"; config: SyncConfig };

export const DEFAULT_STUCK_AFTER_HOURS = 24;
export const DEFAULT_TOKEN_EXPIRING_DAYS = 3;

/** The stored JSON, checked: a row written by an older version fails loudly, not silently. */
export function readAutomationConfig(type: AutomationType, config: unknown): AutomationConfig {
  switch (type) {
    case "SCHEDULED_REPORT":
      return { type, config: reportConfigSchema.parse(config) };
    case "ALERT":
      return { type, config: alertConfigSchema.parse(config) };
    case "DATA_SYNC":
      return { type, config: syncConfigSchema.parse(config) };
  }
}

/** Per entity: the last record sent (its updatedAt and id); records after it are sent next. */
export const syncCursorSchema = z.partialRecord(z.enum(SYNC_ENTITIES), z.object({ updatedAt: z.iso.datetime(), id: z.string() }));
export type SyncCursor = z.infer<typeof syncCursorSchema>;

export const AUTOMATION_TYPE_LABELS: Record<AutomationType, string> = {
  SCHEDULED_REPORT: "Scheduled report",
  ALERT: "Alert",
  DATA_SYNC: "Data sync",
};
