import type { SingleInputActionFn, SingleInputStateActionFn } from "next-safe-action/hooks";
import type { z } from "zod";
import { type ListFields, textFieldsOf } from "@/lib/forms/text-fields";

/** Every action's schema is zod; actions that take nothing have none. */
export type ActionSchema = z.ZodType | undefined;

/** What every action answers when refused: one message for the form, the rest per field (`defaultValidationErrorsShape: "flattened"`). */
export type FlattenedErrors = { formErrors: string[]; fieldErrors: Partial<Record<string, string[]>> };

/** A safe action as the client calls it, typed by its own schema, errors and data. */
export type ClientAction<Schema extends ActionSchema, Errors extends FlattenedErrors, Data> = SingleInputActionFn<string, Schema, Errors, Data>;

/** A form's safe action (`.stateAction`): React's useActionState posts to it before JavaScript loads. */
export type ClientFormAction<Schema extends ActionSchema, Errors extends FlattenedErrors, Data> = SingleInputStateActionFn<string, Schema, Errors, Data>;

/** The input an action takes, as its schema describes it (what the browser sends, before parsing). */
export type ActionInput<Schema extends ActionSchema> = Parameters<ClientAction<Schema, FlattenedErrors, unknown>>[0];

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** Every field name the action takes, across all the shapes its input may have (e.g. each destination type's). */
export type ActionFieldName<Schema extends ActionSchema> = KeysOfUnion<NonNullable<ActionInput<Schema>>> & string;

/** The server's messages per field, by the action's field names. */
export type ActionFieldErrors<Schema extends ActionSchema> = Partial<Record<ActionFieldName<Schema>, string[]>>;

/** The `{ message }` an action may answer with, to show instead of a generic "done". */
export function answeredMessage(data: unknown): string | undefined {
  return typeof data === "object" && data !== null && "message" in data && typeof data.message === "string" ? data.message : undefined;
}

/** The first message of a refused action, whichever part of the answer carries it. */
export function firstMessage(answer: { serverError?: string; validationErrors?: FlattenedErrors }): string | undefined {
  const fieldErrors = Object.values(answer.validationErrors?.fieldErrors ?? {}).flat();
  return answer.serverError ?? answer.validationErrors?.formErrors[0] ?? fieldErrors[0];
}

/**
 * A form's named text fields as the browser posts them. They are the action's input as
 * its schema receives it: the server parses them like any other request.
 */
export function submittedFields<Input>(form: HTMLFormElement, listFields?: ListFields): Input {
  return textFieldsOf(new FormData(form), listFields) as Input;
}
