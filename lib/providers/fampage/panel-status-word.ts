import { z } from "zod";

/** Lower-case letters only, so `In Progress`, `in_progress` and `In progress` compare equal. */
function statusKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, "");
}

/**
 * Reads a status word the way panels spell it into one of `statuses`; `aliases` maps other
 * spellings (`Cancelled`). An unknown word is a schema mismatch on that field.
 */
export function panelStatusWordSchema<const T extends readonly [string, ...string[]]>(
  statuses: T,
  aliases: Readonly<Record<string, T[number]>> = {},
) {
  const byKey = new Map<string, string>(statuses.map((status) => [statusKey(status), status]));
  for (const [alias, status] of Object.entries(aliases)) byKey.set(statusKey(alias), status);
  return z
    .string()
    .transform((text) => byKey.get(statusKey(text)) ?? text)
    .pipe(z.enum(statuses));
}
