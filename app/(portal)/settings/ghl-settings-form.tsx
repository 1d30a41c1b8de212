"use client";

import { updateGhlSettingsAction } from "@/actions/ghl";
import { FormField } from "@/components/forms/form-field";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { GhlSettingsInput } from "@/lib/settings/ghl-settings";

export function GhlSettingsForm({ values }: { values: GhlSettingsInput }) {
  const form = useFormAction(updateGhlSettingsAction);
  return (
    <form {...form.formProps} className="grid gap-4" data-testid="ghl-settings-form">
      <FormError message={form.formError} />
      <FormSuccess message={form.hasSucceeded ? form.data?.message : undefined} />
      <div className="flex items-start gap-2">
        <input
          id="field-ghlAutoProvision"
          name="ghlAutoProvision"
          type="checkbox"
          defaultChecked={values.ghlAutoProvision}
          className="mt-1 size-4"
          aria-describedby="field-ghlAutoProvision-hint"
        />
        <div className="grid gap-1">
          <label htmlFor="field-ghlAutoProvision" className="text-sm font-medium">
            Provision new companies automatically
          </label>
          <p id="field-ghlAutoProvision-hint" className="text-xs text-muted-foreground">
            Every company added in the console or through the onboarding form gets a GoHighLevel sub-account.
          </p>
        </div>
      </div>
      <FormField
        name="ghlUserEmailTemplate"
        label="Sub-account user e-mail"
        defaultValue={values.ghlUserEmailTemplate}
        hint="{location} becomes the sub-account's key, so every sub-account user has its own address."
        errors={form.fieldErrors.ghlUserEmailTemplate}
      />
      <SubmitButton pending={form.isPending} className="justify-self-start">
        Save GoHighLevel settings
      </SubmitButton>
    </form>
  );
}
