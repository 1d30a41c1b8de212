"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { type FormEvent, useCallback, useState } from "react";
import type { z } from "zod";
import { createAutomationAction, updateAutomationAction } from "@/actions/automations";
import type { automationSchema } from "@/actions/automations.validation";
import { FormField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { KNOWN_ALERT_KINDS } from "@/lib/automations/alert-kinds";
import type { AutomationConfig, ReportPeriod, SyncEntity, SyncTarget } from "@/lib/automations/automation-config";
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

/** What the create action takes, and the update action under `automation`. */
type AutomationInput = z.input<typeof automationSchema>;

const knownKinds = Object.entries(KNOWN_ALERT_KINDS);

function CheckboxList<T extends string>({ legend, options, selected, onToggle }: { legend: string; options: [T, string][]; selected: T[]; onToggle: (value: T) => void }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={selected.includes(value)} onChange={() => onToggle(value)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

export function AutomationForm({ values, destinations, companies, crm }: { values: AutomationFormValues; destinations: Choice[]; companies: Choice[]; crm: CrmAvailability }) {
  const router = useRouter();
  const editing = values.id !== undefined;
  const [type, setType] = useState<AutomationType>(values.typed.type);
  const [cron, setCron] = useState(values.cron);
  const [period, setPeriod] = useState<ReportPeriod>(values.typed.type === "SCHEDULED_REPORT" ? values.typed.config.period : "daily");
  const initialKinds = values.typed.type === "ALERT" ? values.typed.config.kinds : [];
  const [kinds, setKinds] = useState(initialKinds.filter((kind) => kind in KNOWN_ALERT_KINDS));
  const [otherKinds, setOtherKinds] = useState(initialKinds.filter((kind) => !(kind in KNOWN_ALERT_KINDS)).join(", "));
  const [stuckAfterHours, setStuckAfterHours] = useState(String(values.typed.type === "ALERT" ? values.typed.config.stuckAfterHours : 24));
  const [tokenExpiringDays, setTokenExpiringDays] = useState(String(values.typed.type === "ALERT" ? (values.typed.config.tokenExpiringDays ?? 3) : 3));
  const [entities, setEntities] = useState<SyncEntity[]>(values.typed.type === "DATA_SYNC" ? values.typed.config.entities : ["orders", "invoices"]);
  const [target, setTarget] = useState<SyncTarget>(values.typed.type === "DATA_SYNC" ? (values.typed.config.target ?? "webhook") : "webhook");
  const toCrm = type === "DATA_SYNC" && target === "ghl_crm";
  const onCronChange = useCallback((next: string) => setCron(next), []);
  const onSuccess = () => {
    router.push("/automations");
    router.refresh();
  };
  const create = useAction(createAutomationAction, { onSuccess });
  const update = useAction(updateAutomationAction, { onSuccess });
  const pending = create.isPending || update.isPending;
  const createErrors = create.result.validationErrors;
  const updateErrors = update.result.validationErrors;
  // The update action nests the automation: its field errors are the create action's, one level down.
  const fieldErrors = (editing ? undefined : createErrors?.fieldErrors) ?? {};
  const formError =
    (editing ? update.result.serverError : create.result.serverError) ??
    (editing ? updateErrors?.formErrors[0] ?? updateErrors?.fieldErrors.automation?.[0] : createErrors?.formErrors[0] ?? createErrors?.fieldErrors.config?.[0]);

  function automationInput(common: { name: string; companyId: string; destinationId: string; cron: string }): AutomationInput {
    if (type === "SCHEDULED_REPORT") return { ...common, type, config: { period } };
    if (type === "ALERT") {
      const typed = otherKinds.split(/[\s,]+/).map((kind) => kind.trim()).filter(Boolean);
      return { ...common, type, config: { kinds: [...kinds, ...typed], stuckAfterHours, tokenExpiringDays } };
    }
    return { ...common, type, config: { entities, target } };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    const automation = automationInput({
      name: String(fields.get("name") ?? ""),
      companyId: String(fields.get("companyId") ?? ""),
      destinationId: toCrm ? "" : String(fields.get("destinationId") ?? ""),
      cron,
    });
    if (values.id !== undefined) update.execute({ id: values.id, automation });
    else create.execute(automation);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid max-w-3xl gap-4" noValidate data-testid="automation-form">
      <FormError message={formError} />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField name="name" label="Name" required maxLength={100} defaultValue={values.name} errors={fieldErrors.name} />
        <div className="grid gap-2">
          <Label htmlFor="automation-type">Type</Label>
          <Select id="automation-type" value={type} disabled={editing} onChange={(event) => setType(event.target.value as AutomationType)}>
            <option value="SCHEDULED_REPORT">Scheduled report</option>
            <option value="ALERT">Alert</option>
            <option value="DATA_SYNC">Data sync</option>
          </Select>
        </div>
        {type === "DATA_SYNC" ? (
          <div className="grid gap-2">
            <Label htmlFor="sync-target">Push to</Label>
            <Select id="sync-target" value={target} disabled={editing} onChange={(event) => setTarget(event.target.value as SyncTarget)} aria-describedby="sync-target-hint">
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
          <Select id="report-period" value={period} onChange={(event) => setPeriod(event.target.value as ReportPeriod)}>
            <option value="daily">The previous day</option>
            <option value="weekly">The previous week (Monday–Sunday)</option>
            <option value="monthly">The previous month</option>
          </Select>
        </div>
      ) : null}
      {type === "ALERT" ? (
        <div className="grid gap-4">
          <CheckboxList legend="Forward these alerts (none ticked: every kind)" options={knownKinds} selected={kinds} onToggle={(kind) => setKinds((list) => toggle(list, kind))} />
          <div className="grid items-start gap-4 sm:grid-cols-2">
            <FormField name="otherKinds" label="Other alert kinds" value={otherKinds} onChange={(event) => setOtherKinds(event.target.value)} hint="Comma-separated, e.g. ghl.token_refresh_failed." />
            <FormField name="stuckAfterHours" label="An order is stuck after (hours)" type="number" min={1} max={720} value={stuckAfterHours} onChange={(event) => setStuckAfterHours(event.target.value)} />
            <FormField name="tokenExpiringDays" label="Warn about social tokens ending within (days)" type="number" min={1} max={60} value={tokenExpiringDays} onChange={(event) => setTokenExpiringDays(event.target.value)} hint="The console always warns 3 days ahead; a longer window warns earlier." />
          </div>
        </div>
      ) : null}
      {type === "DATA_SYNC" ? (
        <CheckboxList legend="Push new and changed" options={[["orders", "Orders"], ["invoices", "Invoices and credit notes"]]} selected={entities} onToggle={(entity) => setEntities((list) => toggle(list, entity))} />
      ) : null}
      <ScheduleEditor initialCron={values.cron} onChange={onCronChange} errors={fieldErrors.cron} />
      <SubmitButton pending={pending} className="justify-self-start">
        {editing ? "Save automation" : "Create automation"}
      </SubmitButton>
    </form>
  );
}
