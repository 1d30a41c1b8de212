"use client";

import { registerAction } from "@/actions/auth";
import { FormField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

export function RegisterForm() {
  const form = useFormAction(registerAction);
  return (
    <form {...form.formProps} className="grid gap-4">
      <FormError message={form.formError} />
      <FormField name="name" label="Your name" autoComplete="name" required errors={form.fieldErrors.name} />
      <FormField name="email" label="E-mail" type="email" autoComplete="email" required errors={form.fieldErrors.email} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words work well.`}
        errors={form.fieldErrors.password}
      />
      <FormField
        name="confirmPassword"
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        required
        errors={form.fieldErrors.confirmPassword}
      />
      <SubmitButton pending={form.isPending}>Create account</SubmitButton>
    </form>
  );
}
