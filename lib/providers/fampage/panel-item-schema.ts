import { z } from "zod";
import { panelErrorText } from "./classify-fampage-response";
import { panelRefusal, type PanelItemResult } from "./fampage-refusals";

/**
 * One item of a batch answer: the panel's `{"error": "..."}` for that item, or a value read by
 * `valueSchema`. Problems inside the value are reported at their own path (`"12".status`), so a
 * mismatch names the offending field.
 */
export function panelItemSchema<T extends object>(valueSchema: z.ZodType<T>) {
  return z.unknown().transform((input, context): PanelItemResult<T> => {
    const errorText = panelErrorText(input);
    if (errorText !== undefined) return panelRefusal(errorText);
    const parsed = valueSchema.safeParse(input);
    if (parsed.success) return { ok: true, ...parsed.data };
    for (const issue of parsed.error.issues) context.issues.push({ ...issue, input });
    return z.NEVER;
  });
}

/** An id used as a key of a batch answer (`"23501"`). */
export const panelIdKeySchema = z
  .string()
  .regex(/^\d+$/, { message: "Expected an order id" })
  .transform(Number);
