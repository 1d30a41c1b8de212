"use client";

import { resetPasswordAction } from "@/actions/auth";
import { FormError } from "@/components/forms/form-message";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useFormAction(resetPasswordAction);
  return (
    <form {...form.formProps} className="grid gap-4">
      <FormError message={form.formError ?? form.fieldErrors.token?.[0]} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={form.fieldErrors} />
      <SubmitButton pending={form.isPending}>Save new password</SubmitButton>
    </form>
  );
}
