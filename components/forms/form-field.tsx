import type * as React from "react";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { FormInput } from "./form-input";

type FieldProps = { name: string; label: string; errors?: string[] | undefined; hint?: string };

/** Ids and ARIA wiring shared by every labelled field, plus its hint and error list. */
function Field({ name, label, errors, hint, id, control }: FieldProps & {
  id: string | undefined;
  control: (wiring: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, errors?.length ? `${fieldId}-errors` : null].filter(Boolean).join(" ");
  return (
    <div className="grid gap-2">
      <Label htmlFor={fieldId}>{label}</Label>
      {control({
        id: fieldId,
        name,
        ...(errors?.length ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={`${fieldId}-errors`} className="grid gap-1 text-sm text-destructive" data-testid={`${name}-errors`}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FormField({ name, label, errors, hint, id, ...inputProps }: FieldProps & Omit<React.ComponentProps<"input">, "name">) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint} id={id} control={(wiring) => <FormInput {...wiring} {...inputProps} />} />
  );
}

export function TextareaField({ name, label, errors, hint, id, ...textareaProps }: FieldProps & Omit<React.ComponentProps<"textarea">, "name">) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint} id={id} control={(wiring) => <Textarea {...wiring} {...textareaProps} />} />
  );
}

export function SelectField({ name, label, errors, hint, id, ...selectProps }: FieldProps & Omit<React.ComponentProps<"select">, "name">) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint} id={id} control={(wiring) => <Select {...wiring} {...selectProps} />} />
  );
}
