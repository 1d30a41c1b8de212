"use client";

import Link from "next/link";
import { createCompanyAction, updateCompanyAction } from "@/actions/companies";
import { FormField, TextareaField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonVariants } from "@/components/ui/button-variants";
import type { CompanyInput } from "@/lib/companies/company-input";

type CompanyFormProps = {
  /** The company being edited; without it the form creates one. */
  company?: CompanyInput & { id: string };
  cancelHref: string;
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-sm font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function CompanyForm({ company, cancelHref }: CompanyFormProps) {
  // Both hooks run (hooks cannot be chosen by a condition); the form posts to the one it needs.
  const creating = useFormAction(createCompanyAction);
  const updating = useFormAction(updateCompanyAction);
  const form = company ? updating : creating;
  const errors = form.fieldErrors;
  const initial = (field: keyof CompanyInput) => company?.[field] ?? "";
  return (
    <form {...form.formProps} className="grid gap-8">
      <FormError message={form.formError} />
      {company ? <input type="hidden" name="id" value={company.id} /> : null}
      <Section title="Company">
        <FormField name="name" label="Company name" required autoComplete="off" defaultValue={initial("name")} errors={errors.name} />
        <FormField name="legalName" label="Legal name" defaultValue={initial("legalName")} errors={errors.legalName} hint="If it differs from the name above." />
        <FormField name="taxId" label="Tax ID" defaultValue={initial("taxId")} errors={errors.taxId} />
        <FormField name="website" label="Website" type="url" inputMode="url" placeholder="https://acme.com" defaultValue={initial("website")} errors={errors.website} />
      </Section>
      <Section title="Contact">
        <FormField name="contactName" label="Contact name" defaultValue={initial("contactName")} errors={errors.contactName} />
        <FormField name="contactEmail" label="Contact e-mail" type="email" defaultValue={initial("contactEmail")} errors={errors.contactEmail} />
        <FormField name="phone" label="Phone" type="tel" defaultValue={initial("phone")} errors={errors.phone} />
      </Section>
      <Section title="Address">
        <FormField name="addressLine1" label="Address line 1" defaultValue={initial("addressLine1")} errors={errors.addressLine1} />
        <FormField name="addressLine2" label="Address line 2" defaultValue={initial("addressLine2")} errors={errors.addressLine2} />
        <FormField name="city" label="City" defaultValue={initial("city")} errors={errors.city} />
        <FormField name="postalCode" label="Postal code" defaultValue={initial("postalCode")} errors={errors.postalCode} />
        <FormField name="country" label="Country" defaultValue={initial("country")} errors={errors.country} />
      </Section>
      <TextareaField name="notes" label="Notes" rows={4} defaultValue={initial("notes")} errors={errors.notes} hint="Only you see these." />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.isPending}>{company ? "Save changes" : "Create company"}</SubmitButton>
        <Link href={cancelHref} className={buttonVariants({ variant: "ghost" })}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
