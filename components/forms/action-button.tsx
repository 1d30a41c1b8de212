"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import type * as React from "react";
import { toast } from "@/components/ui/toast";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { SubmitButton } from "./submit-button";

type ActionResult = { data?: unknown; serverError?: string; validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } };

// Any safe action fits: its schema checks the input on the server.
type ButtonAction = (input: never) => Promise<ActionResult | undefined>;

type ActionButtonProps = Omit<React.ComponentProps<typeof SubmitButton>, "pending" | "onClick" | "type"> & {
  action: ButtonAction;
  input: unknown;
  /** Shown on success unless the action answers `{ message }`. */
  successMessage: string;
  /** Asks first, for anything hard to undo. */
  confirm?: { title: string; description: string; confirmLabel: string };
};

function firstError(result: ActionResult): string {
  const fieldErrors = Object.values(result.validationErrors?.fieldErrors ?? {}).flat();
  return result.serverError ?? result.validationErrors?.formErrors?.[0] ?? fieldErrors[0] ?? "That did not work. Try again.";
}

/** Runs one server action, reports the outcome as a toast and refreshes the page's data. */
export function ActionButton({ action, input, successMessage, confirm, children, ...buttonProps }: ActionButtonProps) {
  const router = useRouter();
  const { execute, isPending } = useAction(action as never, {
    onSuccess: ({ data }: { data?: unknown }) => {
      const message = (data as { message?: string } | undefined)?.message;
      toast.success(message ?? successMessage);
      router.refresh();
    },
    onError: ({ error }: { error: ActionResult }) => toast.error(firstError(error)),
  });
  const run = () => execute(input as never);

  if (!confirm) {
    return (
      <SubmitButton type="button" pending={isPending} onClick={run} {...buttonProps}>
        {children}
      </SubmitButton>
    );
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <SubmitButton type="button" pending={isPending} {...buttonProps}>
          {children}
        </SubmitButton>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogTitle>{confirm.title}</AlertDialogTitle>
        <AlertDialogDescription>{confirm.description}</AlertDialogDescription>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep as is</AlertDialogCancel>
          <AlertDialogAction onClick={run}>{confirm.confirmLabel}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
