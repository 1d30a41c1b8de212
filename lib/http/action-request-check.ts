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

/** Walks a parsed JSON value without recursion: its depth and every string (keys included) must be sound. */
function checkJsonValue(root: unknown): ActionRequestProblem | null {
  const pending: [unknown, number][] = [[root, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (typeof value === "string") {
      if (!isWellFormed(value)) return INVISIBLE_CHARACTERS;
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
function checkArgumentList(text: string): ActionRequestProblem | null {
  const parsed = parseJson(text);
  if (!parsed.ok || !Array.isArray(parsed.value)) return NOT_A_FORM;
  return checkJsonValue(parsed.value);
}

/** A text/plain body: React's encoding of simple arguments. */
export function checkTextActionBody(body: Uint8Array): ActionRequestProblem | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return INVISIBLE_CHARACTERS;
  }
  return checkArgumentList(text);
}

/**
 * A multipart body: fields of a form posted before JavaScript loaded, or React's rows for a
 * fetch action ("0" is the argument list; other rows are JSON or the form's own text).
 */
export function checkFormActionBody(fields: Iterable<[string, FormDataEntryValue]>): ActionRequestProblem | null {
  for (const [name, value] of fields) {
    if (!isWellFormed(name)) return INVISIBLE_CHARACTERS;
    if (typeof value !== "string") continue;
    if (!isWellFormed(value)) return INVISIBLE_CHARACTERS;
    if (name === "0") {
      const problem = checkArgumentList(value);
      if (problem) return problem;
    } else if (/^[[{]/.test(value)) {
      // A row of structured data (or text that looks like it): check what it would decode to.
      const parsed = parseJson(value);
      if (parsed.ok) {
        const problem = checkJsonValue(parsed.value);
        if (problem) return problem;
      } else if (/^[[{]{33}/.test(value)) {
        return TOO_DEEP;
      }
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
