/** A provider answer's body after an attempt to read it as JSON. */
export type ParsedResponseBody =
  | { format: "empty" }
  | { format: "json"; value: unknown }
  | { format: "malformed"; text: string };

export function parseResponseBody(text: string): ParsedResponseBody {
  if (text.trim().length === 0) return { format: "empty" };
  try {
    return { format: "json", value: JSON.parse(text) as unknown };
  } catch {
    return { format: "malformed", text };
  }
}
