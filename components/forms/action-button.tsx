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
import { type ActionInput, type ActionSchema, answeredMessage, type ClientAction, type FlattenedErrors, firstMessage } from "./form-action-types";
import { SubmitButton } from "./submit-button";

type ActionButtonProps<Schema extends ActionSchema, Errors extends FlattenedErrors, Data> = Omit<React.ComponentProps<typeof SubmitButton>, "pending" | "onClick" | "type"> & {
  action: ClientAction<Schema, Errors, Data>;
  input: ActionInput<Schema>;
  /** Shown on success unless the action answers `{ message }`. */
  successMessage: string;
  /** Asks first, for anything hard to undo. */
  confirm?: { title: string; description: string; confirmLabel: string };
};

/** Runs one server action, reports the outcome as a toast and refreshes the page's data. */
export function ActionButton<Schema extends ActionSchema, Errors extends FlattenedErrors, Data>({
  action,
  input,
  successMessage,
  confirm,
  children,
  ...buttonProps
}: ActionButtonProps<Schema, Errors, Data>) {
  const router = useRouter();
  const { execute, isPending } = useAction(action, {
    onSuccess: ({ data }) => {
      toast.success(answeredMessage(data) ?? successMessage);
      router.refresh();
    },
    onError: ({ error }) => toast.error(firstMessage(error) ?? "That did not work. Try again."),
  });
  const run = () => execute(input);

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
