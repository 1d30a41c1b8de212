"use client";

import { type FormEvent, useState } from "react";
import { useAction } from "next-safe-action/hooks";

type FlattenedErrors = { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };

type ActionResult = {
  data?: unknown;
  serverError?: string;
  validationErrors?: FlattenedErrors;
};

// Any safe action taking an object fits: its schema checks the exact input on the server.
type FormAction = (input: never) => Promise<ActionResult | undefined>;

type FormActionCallbacks<Data> = { onSuccess?: (data: Data) => void };

const CONNECTION_LOST_MESSAGE =
  "The server's answer did not arrive (connection lost or timed out). Check the page, then submit again if needed.";

/**
 * Binds a safe action to a plain <form>: submits its fields as an object and
 * exposes the per-field and whole-form messages the server answered with, or
 * says so when no answer arrived at all.
 */
export function useFormAction<Data>(action: FormAction, callbacks: FormActionCallbacks<Data> = {}) {
  const [answerLost, setAnswerLost] = useState(false);
  const { execute, result, isPending, hasSucceeded } = useAction(action as never, {
    onExecute: () => setAnswerLost(false),
    onSuccess: ({ data }: { data?: unknown }) => callbacks.onSuccess?.(data as Data),
    onError: ({ error }: { error: { thrownError?: Error } }) => setAnswerLost(Boolean(error.thrownError)),
  });
  const outcome = result as ActionResult;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = Object.fromEntries(
      [...new FormData(event.currentTarget).entries()].filter(([, value]) => typeof value === "string"),
    );
    execute(fields as never);
  }

  return {
    onSubmit,
    isPending,
    hasSucceeded,
    data: outcome.data as Data | undefined,
    fieldErrors: outcome.validationErrors?.fieldErrors ?? {},
    formError: outcome.serverError ?? outcome.validationErrors?.formErrors?.[0] ?? (answerLost ? CONNECTION_LOST_MESSAGE : undefined),
  };
}
