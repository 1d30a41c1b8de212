"use client";

import { changePasswordAction } from "@/actions/auth";
import { FormField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

export function ChangePasswordForm() {
  const form = useFormAction(changePasswordAction);
  return (
    <form onSubmit={form.onSubmit} className="grid gap-4" noValidate>
      <FormError message={form.formError} />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={form.fieldErrors.currentPassword}
      />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={form.fieldErrors.newPassword}
      />
      <FormField
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        errors={form.fieldErrors.confirmPassword}
      />
      <SubmitButton pending={form.isPending} className="justify-self-start">
        Change password
      </SubmitButton>
    </form>
  );
}
