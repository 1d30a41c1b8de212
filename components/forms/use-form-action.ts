"use client";

import { useAction } from "next-safe-action/hooks";
import { type FormEvent, useActionState, useCallback, useState } from "react";
import type { ListFields } from "@/lib/forms/text-fields";
import {
  type ActionFieldErrors,
  type ActionInput,
  type ActionSchema,
  type ClientFormAction,
  type FlattenedErrors,
  submittedFields,
} from "./form-action-types";

type FormActionOptions<Data> = {
  onSuccess?: (data: Data) => void;
  /** Fields the form repeats, sent as lists (see `formInput`, which the action's schema must be given the same). */
  listFields?: ListFields;
};

const CONNECTION_LOST_MESSAGE =
  "The server's answer did not arrive (connection lost or timed out). Check the page, then submit again if needed.";

/**
 * Binds a form's safe action to its <form>, both ways a browser may submit it:
 * - before JavaScript loads, the browser posts the form to the action itself (`formProps.action`,
 *   React's useActionState) and the server renders the answer into the page it sends back;
 * - once hydrated, the submit is taken over: the fields go to the action as its input, and when
 *   no answer arrives at all the form says so instead of leaving the page in an error.
 * Exposes the per-field (typed by the action's fields) and whole-form messages of the latest answer.
 */
export function useFormAction<Schema extends ActionSchema, Errors extends FlattenedErrors, Data>(
  action: ClientFormAction<Schema, Errors, Data>,
  options: FormActionOptions<Data> = {},
) {
  const [postedResult, postForm] = useActionState(action, {});
  const submitOnce = useCallback((input: ActionInput<Schema>) => action({}, input), [action]);
  const [answerLost, setAnswerLost] = useState(false);
  const submitted = useAction(submitOnce, {
    onExecute: () => setAnswerLost(false),
    onSuccess: ({ data }) => options.onSuccess?.(data),
    onError: ({ error }) => setAnswerLost(Boolean(error.thrownError)),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submitted.execute(submittedFields<ActionInput<Schema>>(event.currentTarget, options.listFields));
  }

  const result = submitted.isIdle ? postedResult : submitted.result;
  const refused = Boolean(result.serverError || result.validationErrors);
  const fieldErrors: ActionFieldErrors<Schema> = result.validationErrors?.fieldErrors ?? {};
  return {
    formProps: { action: postForm, onSubmit, noValidate: true },
    isPending: submitted.isPending,
    hasSucceeded: submitted.isIdle ? result.data !== undefined && !refused : submitted.hasSucceeded,
    data: result.data,
    fieldErrors,
    formError: result.serverError ?? result.validationErrors?.formErrors[0] ?? (answerLost ? CONNECTION_LOST_MESSAGE : undefined),
  };
}
