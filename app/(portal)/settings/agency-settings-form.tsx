"use client";

import { updateAgencySettingsAction } from "@/actions/settings";
import { useState } from "react";
import { BelowCostConfirmation } from "@/components/forms/below-cost-confirmation";
import { FormField, TextareaField } from "@/components/forms/form-field";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { AgencySettingsInput } from "@/lib/settings/agency-settings";

export function AgencySettingsForm({ values, timeZones }: { values: AgencySettingsInput; timeZones: string[] }) {
  const form = useFormAction(updateAgencySettingsAction);
  const errors = form.fieldErrors;
  const [multiplier, setMultiplier] = useState(values.invoiceMultiplier);
  const belowCost = Number(multiplier) > 0 && Number(multiplier) < 1;
  return (
    <form {...form.formProps} className="grid gap-4" data-testid="agency-settings-form">
      <FormError message={form.formError} />
      <FormSuccess message={form.hasSucceeded ? form.data?.message : undefined} />
      <div className="grid items-start gap-4 sm:grid-cols-3">
        <FormField
          name="invoiceMultiplier"
          label="Invoice multiplier"
          inputMode="decimal"
          required
          defaultValue={values.invoiceMultiplier}
          onChange={(event) => setMultiplier(event.target.value)}
          hint="Provider cost × this = invoice amount. Applies to orders placed from now on only."
          errors={errors.invoiceMultiplier}
        />
        <FormField
          name="balanceWarningThreshold"
          label="Balance warning below"
          inputMode="decimal"
          required
          defaultValue={values.balanceWarningThreshold}
          hint="Warn when the panel balance drops under this amount."
          errors={errors.balanceWarningThreshold}
        />
        <FormField
          name="currency"
          label="Currency"
          required
          maxLength={3}
          autoCapitalize="characters"
          defaultValue={values.currency}
          hint="The panel's currency: invoices are always in it, never relabelled."
          errors={errors.currency}
        />
      </div>
      {belowCost ? <BelowCostConfirmation /> : null}
      <FormField
        name="timezone"
        label="Agency timezone"
        required
        list="time-zones"
        autoComplete="off"
        defaultValue={values.timezone}
        hint="Every date in the console, on invoices and e-mails is shown in this timezone."
        errors={errors.timezone}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <FormField name="agencyName" label="Agency name" required autoComplete="organization" defaultValue={values.agencyName} errors={errors.agencyName} />
        <FormField name="agencyEmail" label="Agency e-mail" type="email" autoComplete="email" defaultValue={values.agencyEmail ?? ""} errors={errors.agencyEmail} />
      </div>
      <TextareaField name="agencyAddress" rows={3} label="Agency address" hint="Printed on invoices, line by line." defaultValue={values.agencyAddress ?? ""} errors={errors.agencyAddress} />
      <FormField name="agencyTaxId" label="Tax id" hint="VAT, GST or other tax number, if invoices must show one." defaultValue={values.agencyTaxId ?? ""} errors={errors.agencyTaxId} />
      <TextareaField name="invoiceFooter" rows={3} label="Invoice footer" hint="Payment terms or bank details at the foot of every invoice." defaultValue={values.invoiceFooter ?? ""} errors={errors.invoiceFooter} />
      <FormField
        name="integrationLogRetentionDays"
        label="Keep provider calls for (days)"
        inputMode="numeric"
        required
        className="max-w-40"
        defaultValue={values.integrationLogRetentionDays}
        hint="The integration log forgets older calls every night."
        errors={errors.integrationLogRetentionDays}
      />
      <SubmitButton pending={form.isPending} className="justify-self-start">
        Save settings
      </SubmitButton>
    </form>
  );
}
