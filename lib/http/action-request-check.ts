/**
 * Checks a server-action request body before Next.js decodes it. React's decoder throws on
 * bodies React never sends (truncated JSON, lone UTF-16 surrogates, nesting thousands deep,
 * a non-array argument list), and Next answers any throw with a 500. Real forms never send
 * such bodies, so they are refused here with a 4xx and a message that says what is wrong.
 */

export const MAX_ACTION_BODY_BYTES = 1024 * 1024; // Next's own default bodySizeLimit
const MAX_NESTING = 32;
/** With the u flag, \p{Cs} matches only a surrogate that is not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;
const isWellFormed = (text: string) => !LONE_SURROGATE.test(text);

export type ActionRequestProblem = { status: 400 | 413; message: string };

export const NOT_A_FORM: ActionRequestProblem = {
  status: 400,
  message: "This request is not a form submission the console understands. Reload the page and try again.",
};
const INVISIBLE_CHARACTERS: ActionRequestProblem = {
  status: 400,
  message: "The form contains characters that are not valid text. Retype the text and try again.",
};
const TOO_DEEP: ActionRequestProblem = { status: 400, message: `The form data is nested more than ${MAX_NESTING} levels deep.` };
export const TOO_LARGE: ActionRequestProblem = {
  status: 413,
  message: `The form is larger than ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB. Shorten it and try again.`,
};

/**
 * React escapes a string that starts with "$" as "$$..."; any other "$" string is a value
 * code ("$undefined", "$D<date>", "$n<bigint>"...) or a reference to another row, by its hex id.
 */
const REACT_VALUE_CODE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n)/;
const ROW_REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]+)$/;

/** Rows a body offers to references: none in a text body; a multipart body's field names. */
type RowLookup = (rowId: number) => boolean;

function isSoundReference(value: string, rowExists: RowLookup): boolean {
  if (REACT_VALUE_CODE.test(value)) return true;
  const reference = ROW_REFERENCE.exec(value);
  if (!reference) return false;
  // A FormData argument ("$K1") owns the rows named "1_..."; it may have none (an empty form).
  if (reference[1] === "K") return true;
  return rowExists(Number.parseInt(reference[2] ?? "", 16));
}

/**
 * Walks a parsed JSON value without recursion: its depth, every string (keys included)
 * and every reference to another row must be sound.
 */
function checkJsonValue(root: unknown, rowExists: RowLookup): ActionRequestProblem | null {
  const pending: [unknown, number][] = [[root, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (typeof value === "string") {
      if (!isWellFormed(value)) return INVISIBLE_CHARACTERS;
      if (value.startsWith("$") && !isSoundReference(value, rowExists)) return NOT_A_FORM;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_NESTING) return TOO_DEEP;
    for (const [key, child] of Object.entries(value)) {
      if (!isWellFormed(key)) return INVISIBLE_CHARACTERS;
      pending.push([child, depth + 1]);
    }
  }
  return null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Malformed, or so deeply nested that the parser itself gave up.
    return { ok: false };
  }
}

/** The argument list React encodes: a JSON array. */
function checkArgumentList(text: string, rowExists: RowLookup): ActionRequestProblem | null {
  const parsed = parseJson(text);
  if (!parsed.ok || !Array.isArray(parsed.value)) return NOT_A_FORM;
  return checkJsonValue(parsed.value, rowExists);
}

const noOtherRows: RowLookup = () => false;

/** A text/plain body: React's encoding of simple arguments. */
export function checkTextActionBody(body: Uint8Array): ActionRequestProblem | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return INVISIBLE_CHARACTERS;
  }
  return checkArgumentList(text, noOtherRows);
}

/**
 * A multipart body: fields of a form posted before JavaScript loaded, or React's rows for a
 * fetch action ("0" is the argument list; other rows are JSON or the form's own text).
 */
export function checkFormActionBody(fields: Iterable<[string, FormDataEntryValue]>): ActionRequestProblem | null {
  const entries = [...fields];
  const names = new Set(entries.map(([name]) => name));
  const rowExists: RowLookup = (rowId) => rowId > 0 && names.has(String(rowId));
  for (const [name, value] of entries) {
    if (!isWellFormed(name)) return INVISIBLE_CHARACTERS;
    if (typeof value !== "string") continue;
    if (!isWellFormed(value)) return INVISIBLE_CHARACTERS;
    if (name === "0") {
      const problem = checkArgumentList(value, rowExists);
      if (problem) return problem;
    } else if (/^\d+$/.test(name)) {
      // Another row of React's encoding (a Map, a Set, an array...): JSON like the first.
      const parsed = parseJson(value);
      if (!parsed.ok) return NOT_A_FORM;
      const problem = checkJsonValue(parsed.value, rowExists);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * Next decodes a multipart body as form rows and anything else it accepts as an action
 * (a request with the Next-Action header) as React's text encoding.
 */
export function isMultipart(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "multipart/form-data";
}
