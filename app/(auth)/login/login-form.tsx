"use client";

import Link from "next/link";
import { loginAction } from "@/actions/auth";
import { FormField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

export function LoginForm({ redirectTo }: { redirectTo: string | undefined }) {
  const form = useFormAction(loginAction);
  return (
    <form {...form.formProps} className="grid gap-4">
      <FormError message={form.formError} />
      <FormField name="email" label="E-mail" type="email" autoComplete="email" required errors={form.fieldErrors.email} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={form.fieldErrors.password}
      />
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <SubmitButton pending={form.isPending}>Sign in</SubmitButton>
      <Link href="/forgot-password" className="text-center text-sm text-muted-foreground hover:underline">
        Forgot your password?
      </Link>
    </form>
  );
}
