import { z } from "zod";
import { panelErrorText } from "./classify-fampage-response";
import { panelRefusal, UNREADABLE_ITEM_CODE, type PanelItemResult } from "./fampage-refusals";

/**
 * What an item that does not match its schema does to a batch answer:
 * - `refuse_item`: that item alone becomes a refusal (`providerCode: "unreadable_item"`) whose
 *   message names the offending field; the other items are read as usual. For reads (status,
 *   refill status), so one odd order cannot hide the state of the other 99.
 * - `fail_response`: the whole answer is refused, the problem reported at its own path
 *   (`"[0].cancel"`). For writes (refill, cancel), where calling an unreadable acceptance a
 *   refusal would claim the panel declined something it may have done.
 */
export type UnreadableItemHandling = "refuse_item" | "fail_response";

const MAX_REPORTED_ISSUES = 3;

/**
 * `Unreadable answer: field "status": Invalid option: expected one of ...`. Zod's messages name
 * the expected type, never the received value, so nothing the panel sent is repeated.
 */
function describeUnreadableItem(error: z.ZodError): string {
  const details = error.issues.slice(0, MAX_REPORTED_ISSUES).map(({ path, message }) => {
    const location = path.length === 0 ? "value" : `field "${path.map(String).join(".")}"`;
    return `${location}: ${message}`;
  });
  const more = error.issues.length - details.length;
  return `Unreadable answer: ${details.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
}

/**
 * One item of a batch answer: the panel's `{"error": "..."}` for that item, or a value read by
 * `valueSchema`. A value that does not match is handled as `unreadable` says.
 */
export function panelItemSchema<T extends object>(valueSchema: z.ZodType<T>, unreadable: UnreadableItemHandling) {
  return z.unknown().transform((input, context): PanelItemResult<T> => {
    const errorText = panelErrorText(input);
    if (errorText !== undefined) return panelRefusal(errorText);
    const parsed = valueSchema.safeParse(input);
    if (parsed.success) return { ok: true, ...parsed.data };
    if (unreadable === "refuse_item") return { ok: false, error: describeUnreadableItem(parsed.error), providerCode: UNREADABLE_ITEM_CODE };
    for (const { path, message } of parsed.error.issues) context.issues.push({ code: "custom", path, message, input });
    return z.NEVER;
  });
}

/**
 * A batch answer keyed by id (`{"23501": {...}, "7": {"error": "..."}}`), as a Map keyed by
 * number. A body that is not such a map (not an object, a key that is not an id) is refused as
 * a whole; an item that does not match `valueSchema` becomes that id's refusal.
 */
export function panelItemsByIdSchema<T extends object>(valueSchema: z.ZodType<T>) {
  return z
    .record(z.string().regex(/^\d+$/, { message: "Expected an order id as key" }), panelItemSchema(valueSchema, "refuse_item"))
    .transform((items) => new Map(Object.entries(items).map(([id, item]) => [Number(id), item])));
}
