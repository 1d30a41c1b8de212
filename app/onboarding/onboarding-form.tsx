"use client";

import { submitOnboardingAction } from "@/actions/onboarding";
import { FormField, TextareaField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

export function OnboardingForm({ formToken }: { formToken: string }) {
  const form = useFormAction(submitOnboardingAction);
  const errors = form.fieldErrors;
  return (
    <form {...form.formProps} className="relative grid gap-4">
      <FormError message={form.formError} />
      <input type="hidden" name="formToken" value={formToken} />
      {/* Honeypot: hidden from people and screen readers; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-0 size-px overflow-hidden">
        <label htmlFor="website_url">Leave this field empty</label>
        <input id="website_url" name="website_url" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormField name="name" label="Company name" autoComplete="organization" required errors={errors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="contactName" label="Your name" autoComplete="name" required errors={errors.contactName} />
        <FormField name="contactEmail" label="Your e-mail" type="email" autoComplete="email" required errors={errors.contactEmail} />
        <FormField name="phone" label="Phone (optional)" type="tel" autoComplete="tel" errors={errors.phone} />
        <FormField name="country" label="Country (optional)" autoComplete="country-name" errors={errors.country} />
      </div>
      <FormField name="website" label="Website (optional)" type="url" inputMode="url" autoComplete="url" placeholder="https://yourcompany.com" errors={errors.website} />
      <TextareaField
        name="notes"
        label="What do you need? (optional)"
        rows={4}
        maxLength={1000}
        hint="E.g. which networks, your goals, a timeline."
        errors={errors.notes}
      />
      <SubmitButton pending={form.isPending}>Register my company</SubmitButton>
    </form>
  );
}
