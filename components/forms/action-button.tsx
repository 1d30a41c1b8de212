"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import type * as React from "react";
import { toast } from "@/components/ui/toast";
import { useLazyDialog } from "@/components/ui/use-lazy-dialog";
import type { Confirmation } from "./confirm-dialog";
import { type ActionInput, type ActionSchema, answeredMessage, type ClientAction, type FlattenedErrors, firstMessage } from "./form-action-types";
import { SubmitButton } from "./submit-button";

const loadConfirmDialog = () => import("./confirm-dialog");

// The confirmation (radix's alert dialog) only ever shows after a click: it is not part of the page's first load.
const ConfirmDialog = dynamic(() => loadConfirmDialog().then((module) => module.ConfirmDialog), { ssr: false });

type ActionButtonProps<Schema extends ActionSchema, Errors extends FlattenedErrors, Data> = Omit<React.ComponentProps<typeof SubmitButton>, "pending" | "onClick" | "type"> & {
  action: ClientAction<Schema, Errors, Data>;
  input: ActionInput<Schema>;
  /** Shown on success unless the action answers `{ message }`. */
  successMessage: string;
  /** Asks first, for anything hard to undo. */
  confirm?: Confirmation;
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
  const dialog = useLazyDialog(loadConfirmDialog);
  const run = () => execute(input);

  if (!confirm) {
    return (
      <SubmitButton type="button" pending={isPending} onClick={run} {...buttonProps}>
        {children}
      </SubmitButton>
    );
  }
  return (
    <>
      <SubmitButton type="button" pending={isPending} {...buttonProps} {...dialog.triggerProps} onClick={() => dialog.setOpen(true)}>
        {children}
      </SubmitButton>
      {dialog.mounted ? (
        <ConfirmDialog open={dialog.open} onOpenChange={dialog.setOpen} confirmation={confirm} onConfirm={run} contentProps={dialog.contentProps} />
      ) : null}
    </>
  );
}
