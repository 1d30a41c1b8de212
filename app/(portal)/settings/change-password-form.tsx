"use client";

import { changePasswordAction } from "@/actions/auth";
import { FormField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

export function ChangePasswordForm() {
  const form = useFormAction(changePasswordAction);
  return (
    <form {...form.formProps} className="grid gap-4">
      <FormError message={form.formError} />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={form.fieldErrors.currentPassword}
      />
      <NewPasswordFields errors={form.fieldErrors} />
      <SubmitButton pending={form.isPending} className="justify-self-start">
        Change password
      </SubmitButton>
    </form>
  );
}
