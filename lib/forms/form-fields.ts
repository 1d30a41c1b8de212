import { z } from "zod";
import { type ListFields, textFieldsOf } from "./text-fields";

/**
 * The input schema of an action a form posts: the object its fields make, or the FormData
 * the browser posts by itself when JavaScript has not loaded (read as the same fields).
 */
export function formInput<Schema extends z.ZodType>(
  schema: Schema,
  listFields: ListFields = [],
): z.ZodType<z.output<Schema>, z.input<Schema> | FormData> {
  // z.preprocess types its input as unknown; what it accepts is exactly the schema's input or a FormData.
  return z.preprocess((value) => (value instanceof FormData ? textFieldsOf(value, listFields) : value), schema) as unknown as z.ZodType<
    z.output<Schema>,
    z.input<Schema> | FormData
  >;
}
