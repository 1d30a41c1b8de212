"use client";

import { useAction } from "next-safe-action/hooks";
import type * as React from "react";
import { toast } from "@/components/ui/toast";
import { type ActionInput, type ActionSchema, type ClientAction, type FlattenedErrors, firstMessage } from "@/components/forms/form-action-types";
import { SubmitButton } from "@/components/forms/submit-button";

type RedirectingActionButtonProps<Schema extends ActionSchema, Errors extends FlattenedErrors> = Omit<
  React.ComponentProps<typeof SubmitButton>,
  "pending" | "onClick" | "type"
> & { action: ClientAction<Schema, Errors, { url: string }>; input: ActionInput<Schema> };

/** Runs an action answering `{ url }` (a provider's consent page) and sends the browser there. */
export function RedirectingActionButton<Schema extends ActionSchema, Errors extends FlattenedErrors>({
  action,
  input,
  children,
  ...buttonProps
}: RedirectingActionButtonProps<Schema, Errors>) {
  const { execute, isPending, hasSucceeded } = useAction(action, {
    onSuccess: ({ data }) => window.location.assign(data.url),
    onError: ({ error }) => toast.error(firstMessage(error) ?? "That did not work. Try again."),
  });
  return (
    <SubmitButton type="button" pending={isPending || hasSucceeded} onClick={() => execute(input)} {...buttonProps}>
      {children}
    </SubmitButton>
  );
}
