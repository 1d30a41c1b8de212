export type FormFieldValue = string | number | boolean;

/** What a provider request carries. Form fields left `undefined` are not sent. */
export type RequestBody =
  | { type: "json"; value: unknown }
  | { type: "form"; fields: Readonly<Record<string, FormFieldValue | undefined>> }
  | { type: "none" };

export type EncodedRequestBody = {
  /** What goes on the wire; undefined for `none`. */
  payload: string | undefined;
  contentType: string | undefined;
  /** Plain JSON view of the body for the integration log (before redaction). */
  loggable: unknown;
};

function definedFormFields(fields: RequestBody & { type: "form" }): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields.fields)) {
    if (value !== undefined) defined[name] = String(value);
  }
  return defined;
}

export function encodeRequestBody(body: RequestBody): EncodedRequestBody {
  switch (body.type) {
    case "json": {
      const payload: string | undefined = JSON.stringify(body.value);
      if (payload === undefined) throw new TypeError("A JSON request body must be a JSON-serialisable value");
      return { payload, contentType: "application/json", loggable: JSON.parse(payload) as unknown };
    }
    case "form": {
      const fields = definedFormFields(body);
      return {
        payload: new URLSearchParams(fields).toString(),
        contentType: "application/x-www-form-urlencoded",
        loggable: fields,
      };
    }
    case "none":
      return { payload: undefined, contentType: undefined, loggable: null };
  }
}
