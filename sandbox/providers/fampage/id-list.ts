import { PANEL_ERRORS } from "./panel-messages";

const MAX_IDS_PER_REQUEST = 100;

export type IdListResult = { ok: true; tokens: string[] } | { ok: false; error: string };

/** `orders=1,2,3`: the distinct ids as sent (the panel answers per id, even for garbage). */
export function readIdList(text: string | undefined): IdListResult {
  const tokens = [...new Set((text ?? "").split(",").map((token) => token.trim()))].filter((token) => token.length > 0);
  if (tokens.length === 0) return { ok: false, error: PANEL_ERRORS.incorrectRequest };
  if (tokens.length > MAX_IDS_PER_REQUEST) return { ok: false, error: PANEL_ERRORS.tooManyIds };
  return { ok: true, tokens };
}

/** The id a token names, or undefined when it names none. */
export function idOf(token: string | undefined): number | undefined {
  return token !== undefined && /^\d+$/.test(token.trim()) ? Number(token.trim()) : undefined;
}

/** How array-shaped batch answers name an item: as a number when it is one, else as sent. */
export function itemKeyOf(token: string): number | string {
  return idOf(token) ?? token;
}
