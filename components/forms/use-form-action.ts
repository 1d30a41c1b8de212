"use client";

import { useAction } from "next-safe-action/hooks";
import { type FormEvent, useState } from "react";
import { type ActionFieldErrors, type ActionInput, type ActionSchema, type ClientAction, type FlattenedErrors, submittedFields } from "./form-action-types";

type FormActionCallbacks<Data> = { onSuccess?: (data: Data) => void };

const CONNECTION_LOST_MESSAGE =
  "The server's answer did not arrive (connection lost or timed out). Check the page, then submit again if needed.";

/**
 * Binds a safe action to a plain <form method="post">: submits its fields as the action's
 * input and exposes the per-field (typed by the action's fields) and whole-form messages
 * the server answered with, or says so when no answer arrived at all.
 */
export function useFormAction<Schema extends ActionSchema, Errors extends FlattenedErrors, Data>(
  action: ClientAction<Schema, Errors, Data>,
  callbacks: FormActionCallbacks<Data> = {},
) {
  const [answerLost, setAnswerLost] = useState(false);
  const { execute, result, isPending, hasSucceeded } = useAction(action, {
    onExecute: () => setAnswerLost(false),
    onSuccess: ({ data }) => callbacks.onSuccess?.(data),
    onError: ({ error }) => setAnswerLost(Boolean(error.thrownError)),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute(submittedFields<ActionInput<Schema>>(event.currentTarget));
  }

  const fieldErrors: ActionFieldErrors<Schema> = result.validationErrors?.fieldErrors ?? {};
  return {
    onSubmit,
    isPending,
    hasSucceeded,
    data: result.data,
    fieldErrors,
    formError: result.serverError ?? result.validationErrors?.formErrors[0] ?? (answerLost ? CONNECTION_LOST_MESSAGE : undefined),
  };
}
