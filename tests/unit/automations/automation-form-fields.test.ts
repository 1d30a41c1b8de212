import { describe, expect, it } from "vitest";
import { automationSchema, updateAutomationSchema } from "@/actions/automations.validation";
import { AUTOMATION_LIST_FIELDS } from "@/lib/automations/automation-form-fields";
import { formInput } from "@/lib/forms/form-fields";

const posted = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("the automation form's fields", () => {
  const fromForm = formInput(automationSchema, AUTOMATION_LIST_FIELDS);

  it("read a posted alert into its automation: ticked and typed kinds together, once each", () => {
    const automation = fromForm.parse(
      posted([
        ["name", "Ops alerts"],
        ["type", "ALERT"],
        ["companyId", ""],
        ["destinationId", "dest_1"],
        ["cron", "*/5 * * * *"],
        ["alertKinds", "panel.low_balance"],
        ["alertKinds", "order.stuck"],
        ["otherKinds", "ghl.token_refresh_failed, order.stuck"],
        ["stuckAfterHours", "12"],
        ["tokenExpiringDays", "7"],
      ]),
    );
    expect(automation).toEqual({
      name: "Ops alerts",
      type: "ALERT",
      companyId: null,
      destinationId: "dest_1",
      cron: "*/5 * * * *",
      config: { kinds: ["panel.low_balance", "order.stuck", "ghl.token_refresh_failed"], stuckAfterHours: 12, tokenExpiringDays: 7 },
    });
  });

  it("read a report with its period; a report without one is refused on that field", () => {
    const report = { name: "Daily", type: "SCHEDULED_REPORT", destinationId: "dest_1", cron: "0 9 * * *" } as const;
    expect(automationSchema.parse({ ...report, period: "weekly" })).toMatchObject({ type: "SCHEDULED_REPORT", companyId: null, config: { period: "weekly" } });
    expect(automationSchema.safeParse(report).error?.issues).toEqual([expect.objectContaining({ path: ["period"], message: "Choose daily, weekly or monthly." })]);
  });

  it("refuse everything a user got wrong at once, each on its own field", () => {
    const result = automationSchema.safeParse({ name: " ", type: "ALERT", destinationId: "", cron: "", otherKinds: "Not A Kind", stuckAfterHours: "0" });
    const byField = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toEqual({
      name: "Give the automation a name.",
      cron: "Choose when it runs.",
      stuckAfterHours: "At least 1 hour.",
      otherKinds: "Alert kinds are lowercase words with dots, like panel.low_balance.",
      destinationId: "Choose a destination.",
    });
    // Fields of the wrong kind (a forged request) are refused as such, never read by the type's rules.
    expect(automationSchema.safeParse({ name: "A", type: "ALERT", cron: "* * * * *", otherKinds: 5, alertKinds: "x", entities: {} }).success).toBe(false);
  });

  it("read a data sync with none of its entities ticked as a refusal, not an empty sync", () => {
    const sync = formInput(automationSchema, AUTOMATION_LIST_FIELDS).safeParse(
      posted([["name", "Sync"], ["type", "DATA_SYNC"], ["destinationId", "d1"], ["cron", "*/15 * * * *"]]),
    );
    expect(sync.error?.issues).toEqual([expect.objectContaining({ path: ["entities"], message: "Choose orders, invoices or both." })]);
  });

  it("an edit carries the automation's id beside the automation", () => {
    expect(updateAutomationSchema.parse({ id: "auto_1", name: "Daily", type: "SCHEDULED_REPORT", destinationId: "d1", cron: "0 9 * * *", period: "daily" })).toEqual({
      id: "auto_1",
      automation: { name: "Daily", type: "SCHEDULED_REPORT", companyId: null, destinationId: "d1", cron: "0 9 * * *", config: { period: "daily" } },
    });
  });
});
