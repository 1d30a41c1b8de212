/** Fields React adds to a form posted before JavaScript loads, to name its action: never the user's input. */
const REACT_ACTION_FIELD = /^\$ACTION_/;

/** Fields a form repeats (a checkbox per item): read as the list of every value sent, even one or none. */
export type ListFields = readonly string[];

/**
 * A form's named text fields, as one object: what the hydrated form sends and what a form
 * posted before JavaScript loaded is read as, so the action's schema sees the same input
 * either way. No form of the console uploads files.
 */
export function textFieldsOf(formData: FormData, listFields: ListFields = []): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !REACT_ACTION_FIELD.test(name) && !listFields.includes(name)) fields[name] = value;
  }
  for (const name of listFields) fields[name] = formData.getAll(name).filter((value) => typeof value === "string");
  return fields;
}
