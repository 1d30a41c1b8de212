import { parseJsonKeepingLargeIntegers } from "./lossless-json";

/** A provider answer's body after an attempt to read it as JSON. */
export type ParsedResponseBody =
  | { format: "empty" }
  | { format: "json"; value: unknown }
  | { format: "malformed"; text: string };

/** Integers beyond 2^53 (Meta ids) arrive as their exact decimal text. */
export function parseResponseBody(text: string): ParsedResponseBody {
  if (text.trim().length === 0) return { format: "empty" };
  try {
    return { format: "json", value: parseJsonKeepingLargeIntegers(text) };
  } catch {
    return { format: "malformed", text };
  }
}
