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
    for (const { path, message } of parsed.error.issues) context.issues.push({ code: "custom", path, message, input });
    return z.NEVER;
  });
}

/** A batch answer keyed by id (`{"23501": {...}, "7": {"error": "..."}}`), as a Map keyed by number. */
export function panelItemsByIdSchema<T extends object>(valueSchema: z.ZodType<T>) {
  return z
    .record(z.string().regex(/^\d+$/, { message: "Expected an order id as key" }), panelItemSchema(valueSchema))
    .transform((items) => new Map(Object.entries(items).map(([id, item]) => [Number(id), item])));
}
