"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import type { FormEvent } from "react";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import type { LazyDialogContentProps } from "@/components/ui/use-lazy-dialog";
import {
  type ActionFieldErrors,
  type ActionFieldName,
  type ActionInput,
  type ActionSchema,
  answeredMessage,
  type ClientAction,
  type FlattenedErrors,
  submittedFields,
} from "./form-action-types";

export type ActionFormDialogContent<Schema extends ActionSchema, Errors extends FlattenedErrors, Data> = {
  action: ClientAction<Schema, Errors, Data>;
  /** Sent with the form's own fields as a hidden one, e.g. the invoice id. */
  fixedField: { name: ActionFieldName<Schema>; value: string };
  title: string;
  description: string;
  submitLabel: string;
  submitVariant?: "default" | "destructive";
  /** The dialog's fields; `errorsFor(name)` gives each field the server's messages. */
  children: (errorsFor: (name: ActionFieldName<Schema>) => string[] | undefined) => React.ReactNode;
};

type ActionFormDialogPanelProps<Schema extends ActionSchema, Errors extends FlattenedErrors, Data> = ActionFormDialogContent<Schema, Errors, Data> & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  contentProps: LazyDialogContentProps;
};

/**
 * The dialog of an ActionFormDialog, loaded on its first opening: stays open with the server's
 * answer when refused, closes and refreshes the page when done.
 */
export function ActionFormDialogPanel<Schema extends ActionSchema, Errors extends FlattenedErrors, Data>({
  action,
  fixedField,
  title,
  description,
  submitLabel,
  submitVariant,
  children,
  open,
  onOpenChange,
  contentProps,
}: ActionFormDialogPanelProps<Schema, Errors, Data>) {
  const router = useRouter();
  const { execute, result, isPending, reset } = useAction(action, {
    onSuccess: ({ data }) => {
      toast.success(answeredMessage(data) ?? "Done.");
      onOpenChange(false);
      router.refresh();
    },
  });
  const fieldErrors: ActionFieldErrors<Schema> = result.validationErrors?.fieldErrors ?? {};
  // The fixed field has no visible input: its messages go to the top of the form.
  const formError = result.serverError ?? result.validationErrors?.formErrors[0] ?? fieldErrors[fixedField.name]?.[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute(submittedFields<ActionInput<Schema>>(event.currentTarget));
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) reset();
      }}
    >
      <AlertDialogContent {...contentProps}>
        <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
          <FormError message={formError} />
          <input type="hidden" name={fixedField.name} value={fixedField.value} />
          {children((name) => fieldErrors[name])}
          <AlertDialogFooter>
            <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
            <SubmitButton pending={isPending} variant={submitVariant}>
              {submitLabel}
            </SubmitButton>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
