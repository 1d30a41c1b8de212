"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { type FormEvent, useState } from "react";
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
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";

type DialogResult = {
  data?: { message?: string };
  serverError?: string;
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
};

// Any safe action taking an object fits: its schema checks the exact input on the server.
type DialogAction = (input: never) => Promise<DialogResult | undefined>;

type ActionFormDialogProps = {
  action: DialogAction;
  /** Sent with the form's own fields, e.g. the invoice id. */
  fixedInput: Record<string, string>;
  trigger: { label: string; variant?: "default" | "outline"; className?: string };
  title: string;
  description: string;
  submitLabel: string;
  submitVariant?: "default" | "destructive";
  /** The dialog's fields; `errorsFor(name)` gives each field the server's messages. */
  children: (errorsFor: (name: string) => string[] | undefined) => React.ReactNode;
};

/**
 * A confirmation that asks for details first: stays open with the server's answer when
 * refused, closes and refreshes the page when done.
 */
export function ActionFormDialog({ action, fixedInput, trigger, title, description, submitLabel, submitVariant, children }: ActionFormDialogProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(action as never, {
    onSuccess: ({ data }: { data?: { message?: string } }) => {
      toast.success(data?.message ?? "Done.");
      setOpen(false);
      router.refresh();
    },
  });
  const outcome = result as DialogResult;
  const fieldErrors = outcome.validationErrors?.fieldErrors ?? {};
  const formError =
    outcome.serverError ??
    outcome.validationErrors?.formErrors?.[0] ??
    Object.keys(fixedInput).map((name) => fieldErrors[name]?.[0]).find(Boolean);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = Object.fromEntries([...new FormData(event.currentTarget).entries()].filter(([, value]) => typeof value === "string"));
    execute({ ...fields, ...fixedInput } as never);
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant={trigger.variant ?? "default"} className={trigger.className}>
          {trigger.label}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
          <FormError message={formError} />
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
