"use client";

import { forgotPasswordAction } from "@/actions/auth";
import { FormField } from "@/components/forms/form-field";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

export function ForgotPasswordForm() {
  const form = useFormAction(forgotPasswordAction);
  return (
    <form {...form.formProps} className="grid gap-4">
      <FormError message={form.formError} />
      <FormSuccess message={form.data?.message} />
      <FormField name="email" label="E-mail" type="email" autoComplete="email" required errors={form.fieldErrors.email} />
      <SubmitButton pending={form.isPending}>Send reset link</SubmitButton>
    </form>
  );
}
