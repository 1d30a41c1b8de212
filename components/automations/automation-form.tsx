"use client";

import { useState } from "react";
import { createAutomationAction, updateAutomationAction } from "@/actions/automations";
import { AUTOMATION_LIST_FIELDS } from "@/lib/automations/automation-form-fields";
import { FormField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { KNOWN_ALERT_KINDS } from "@/lib/automations/alert-kinds";
import type { AutomationConfig, SyncTarget } from "@/lib/automations/automation-config";
import type { CrmAvailability } from "@/lib/ghl/crm-availability";
import { ScheduleEditor } from "./schedule-editor";

type Choice = { id: string; label: string };
type AutomationType = AutomationConfig["type"];

export type AutomationFormValues = {
  id?: string;
  name: string;
  companyId: string | null;
  destinationId: string | null;
  cron: string;
  typed: AutomationConfig;
};

const knownKinds = Object.entries(KNOWN_ALERT_KINDS);

/** A checkbox per choice under one field name: the form posts the ticked ones as a list. */
function CheckboxList<T extends string>({ legend, name, options, initial, errors }: { legend: string; name: string; options: [T, string][]; initial: T[]; errors?: string[] }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" name={name} value={value} defaultChecked={initial.includes(value)} />
            {label}
          </label>
        ))}
      </div>
      {errors ? <p className="text-sm text-destructive">{errors[0]}</p> : null}
    </fieldset>
  );
}

export function AutomationForm({ values, destinations, companies, crm }: { values: AutomationFormValues; destinations: Choice[]; companies: Choice[]; crm: CrmAvailability }) {
  const editing = values.id !== undefined;
  const [type, setType] = useState<AutomationType>(values.typed.type);
  const [target, setTarget] = useState<SyncTarget>(values.typed.type === "DATA_SYNC" ? (values.typed.config.target ?? "webhook") : "webhook");
  const toCrm = type === "DATA_SYNC" && target === "ghl_crm";
  // Both hooks run (hooks cannot be chosen by a condition); the form posts to the one it needs.
  // Either action ends on the automations list (a redirect), so there is nothing to do on success here.
  const creating = useFormAction(createAutomationAction, { listFields: AUTOMATION_LIST_FIELDS });
  const updating = useFormAction(updateAutomationAction, { listFields: AUTOMATION_LIST_FIELDS });
  const form = editing ? updating : creating;
  const fieldErrors = form.fieldErrors;
  const alert = values.typed.type === "ALERT" ? values.typed.config : undefined;
  const initialKinds = alert?.kinds ?? [];

  return (
    <form {...form.formProps} className="grid max-w-3xl gap-4" data-testid="automation-form">
      <FormError message={form.formError} />
      {editing ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField name="name" label="Name" required maxLength={100} defaultValue={values.name} errors={fieldErrors.name} />
        <div className="grid gap-2">
          <Label htmlFor="automation-type">Type</Label>
          {editing ? <input type="hidden" name="type" value={type} /> : null}
          <Select id="automation-type" name={editing ? undefined : "type"} value={type} disabled={editing} onChange={(event) => setType(event.target.value as AutomationType)}>
            <option value="SCHEDULED_REPORT">Scheduled report</option>
            <option value="ALERT">Alert</option>
            <option value="DATA_SYNC">Data sync</option>
          </Select>
        </div>
        {type === "DATA_SYNC" ? (
          <div className="grid gap-2">
            <Label htmlFor="sync-target">Push to</Label>
            {editing ? <input type="hidden" name="target" value={target} /> : null}
            <Select id="sync-target" name={editing ? undefined : "target"} value={target} disabled={editing} onChange={(event) => setTarget(event.target.value as SyncTarget)} aria-describedby="sync-target-hint">
              <option value="webhook">A webhook destination (JSON)</option>
              <option value="ghl_crm" disabled={!crm.available}>
                GoHighLevel CRM (notes and tags on the company&apos;s contact)
              </option>
            </Select>
            <p id="sync-target-hint" className="text-sm text-muted-foreground" data-testid="crm-target-hint">
              {crm.available ? (crm.warning ?? "The CRM option adds each new or changed record as a note on the company's contact in the agency's GoHighLevel CRM.") : `GoHighLevel CRM is unavailable: ${crm.reason}`}
            </p>
          </div>
        ) : null}
        {toCrm ? null : (
          <div className="grid gap-2">
            <Label htmlFor="automation-destination">Destination</Label>
            <Select id="automation-destination" name="destinationId" defaultValue={values.destinationId ?? ""} aria-invalid={fieldErrors.destinationId ? true : undefined}>
              <option value="">Choose…</option>
              {destinations.map((destination) => (
                <option key={destination.id} value={destination.id}>
                  {destination.label}
                </option>
              ))}
            </Select>
            {fieldErrors.destinationId ? <p className="text-sm text-destructive">{fieldErrors.destinationId[0]}</p> : null}
          </div>
        )}
        <div className="grid gap-2">
          <Label htmlFor="automation-company">Scope</Label>
          <Select id="automation-company" name="companyId" defaultValue={values.companyId ?? ""}>
            <option value="">Whole agency</option>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {type === "SCHEDULED_REPORT" ? (
        <div className="grid gap-2 sm:max-w-xs">
          <Label htmlFor="report-period">Summary of</Label>
          <Select id="report-period" name="period" defaultValue={values.typed.type === "SCHEDULED_REPORT" ? values.typed.config.period : "daily"} aria-invalid={fieldErrors.period ? true : undefined}>
            <option value="daily">The previous day</option>
            <option value="weekly">The previous week (Monday–Sunday)</option>
            <option value="monthly">The previous month</option>
          </Select>
        </div>
      ) : null}
      {type === "ALERT" ? (
        <div className="grid gap-4">
          <CheckboxList legend="Forward these alerts (none ticked: every kind)" name="alertKinds" options={knownKinds} initial={initialKinds} errors={fieldErrors.alertKinds} />
          <div className="grid items-start gap-4 sm:grid-cols-2">
            <FormField name="otherKinds" label="Other alert kinds" defaultValue={initialKinds.filter((kind) => !(kind in KNOWN_ALERT_KINDS)).join(", ")} errors={fieldErrors.otherKinds} hint="Comma-separated, e.g. ghl.token_refresh_failed." />
            <FormField name="stuckAfterHours" label="An order is stuck after (hours)" type="number" min={1} max={720} defaultValue={alert?.stuckAfterHours ?? 24} errors={fieldErrors.stuckAfterHours} />
            <FormField name="tokenExpiringDays" label="Warn about social tokens ending within (days)" type="number" min={1} max={60} defaultValue={alert?.tokenExpiringDays ?? 3} errors={fieldErrors.tokenExpiringDays} hint="The console always warns 3 days ahead; a longer window warns earlier." />
          </div>
        </div>
      ) : null}
      {type === "DATA_SYNC" ? (
        <CheckboxList
          legend="Push new and changed"
          name="entities"
          options={[["orders", "Orders"], ["invoices", "Invoices and credit notes"]]}
          initial={values.typed.type === "DATA_SYNC" ? values.typed.config.entities : ["orders", "invoices"]}
          errors={fieldErrors.entities}
        />
      ) : null}
      <ScheduleEditor initialCron={values.cron} errors={fieldErrors.cron} />
      <SubmitButton pending={form.isPending} className="justify-self-start">
        {editing ? "Save automation" : "Create automation"}
      </SubmitButton>
    </form>
  );
}
