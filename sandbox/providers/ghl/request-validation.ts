import type { Context } from "hono";
import { z } from "zod";
import { respondWithGhlError } from "./ghl-errors";

/** class-validator's wording: "should not be empty" for a missing field, the expected type otherwise. */
export function missingOr(name: string, expectation: string) {
  return (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${name} should not be empty` : `${name} ${expectation}`;
}

/** Field rules worded like the class-validator messages GoHighLevel's API answers 422 with. */
export const field = {
  requiredText: (name: string) =>
    z
      .string({ error: missingOr(name, "must be a string") })
      .trim()
      .min(1, { error: `${name} should not be empty` }),
  optionalText: (name: string) => z.string({ error: `${name} must be a string` }).optional(),
  optionalEmail: (name: string) => z.email({ error: `${name} must be an email` }).optional(),
  requiredEmail: (name: string) => z.email({ error: missingOr(name, "must be an email") }),
  textList: (name: string) => z.array(z.string(), { error: `each value in ${name} must be a string` }),
  oneOf: <const TValues extends readonly [string, ...string[]]>(name: string, values: TValues) =>
    z.enum(values, { error: `${name} must be one of the following values: ${values.join(", ")}` }),
};

type Validated<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Validates fields already read from the request; a failure is the API's 422 with one message per problem. */
export function validateFields<TSchema extends z.ZodType>(
  c: Context,
  schema: TSchema,
  fields: unknown,
): Validated<z.output<TSchema>> {
  const result = schema.safeParse(fields);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: respondWithGhlError(c, 422, result.error.issues.map((issue) => issue.message)) };
}

type JsonBody = { ok: true; body: unknown } | { ok: false; response: Response };

/** A JSON body, or a 400 like GoHighLevel's when it is not JSON. */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  try {
    return { ok: true, body: JSON.parse(await c.req.text()) };
  } catch {
    return { ok: false, response: respondWithGhlError(c, 400, "Bad Request") };
  }
}

/** The body read as `application/x-www-form-urlencoded` fields. */
export async function readFormFields(c: Context): Promise<Record<string, string>> {
  return Object.fromEntries(new URLSearchParams(await c.req.text()));
}
