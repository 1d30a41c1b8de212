"use client";

import { useAction } from "next-safe-action/hooks";
import type * as React from "react";
import { toast } from "@/components/ui/toast";
import { SubmitButton } from "@/components/forms/submit-button";

type UrlAction = (input: never) => Promise<{ data?: { url: string }; serverError?: string; validationErrors?: unknown } | undefined>;

/** Runs an action answering `{ url }` (a provider's consent page) and sends the browser there. */
export function RedirectingActionButton({
  action,
  input,
  children,
  ...buttonProps
}: Omit<React.ComponentProps<typeof SubmitButton>, "pending" | "onClick" | "type"> & { action: UrlAction; input: unknown }) {
  const { execute, isPending, hasSucceeded } = useAction(action as never, {
    onSuccess: ({ data }: { data?: { url: string } }) => {
      if (data?.url) window.location.assign(data.url);
    },
    onError: ({ error }: { error: { serverError?: string } }) => toast.error(error.serverError ?? "That did not work. Try again."),
  });
  return (
    <SubmitButton type="button" pending={isPending || hasSucceeded} onClick={() => execute(input as never)} {...buttonProps}>
      {children}
    </SubmitButton>
  );
}
