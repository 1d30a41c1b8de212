/**
 * Stable names for the panel's refusals, so callers can branch on them without matching
 * the panel's wording (which the app still shows to people as it is).
 */
export type FampageRefusalCode =
  | "invalid_api_key"
  | "not_enough_funds"
  | "active_order_for_link"
  | "incorrect_order_id"
  | "incorrect_service_id"
  | "quantity_out_of_range"
  | "unknown_refusal"
  /** Not the panel's refusal: its answer for this one item could not be read (see panelItemSchema). */
  | "unreadable_item";

/** The code of a batch item whose answer did not match its schema. */
export const UNREADABLE_ITEM_CODE = "unreadable_item" satisfies FampageRefusalCode;

const KNOWN_REFUSALS: readonly { pattern: RegExp; code: FampageRefusalCode }[] = [
  { pattern: /\b(invalid|incorrect|wrong) api key\b/i, code: "invalid_api_key" },
  { pattern: /\bnot enough funds\b/i, code: "not_enough_funds" },
  // "You have active order with this link. Please wait until order being completed."
  { pattern: /\bactive order with this link\b/i, code: "active_order_for_link" },
  { pattern: /\bincorrect order id\b/i, code: "incorrect_order_id" },
  { pattern: /\bincorrect service id\b/i, code: "incorrect_service_id" },
  // "Quantity less than minimal 50" / "Quantity more than maximal 10000"
  { pattern: /\bquantity (less than minimal|more than maximal)\b/i, code: "quantity_out_of_range" },
];

/** The refusal named by one of the panel's `{"error": "..."}` texts. */
export function refusalCodeOf(panelMessage: string): FampageRefusalCode {
  return KNOWN_REFUSALS.find((refusal) => refusal.pattern.test(panelMessage))?.code ?? "unknown_refusal";
}

/**
 * One order (or refill) of a batch call that the panel refused, with its own message, or whose
 * answer was unreadable (`providerCode: "unreadable_item"`, the message naming the field).
 */
export type PanelRefusal = { ok: false; error: string; providerCode: FampageRefusalCode };

/** The per-item answer of a batch call: the item's data, or the panel's refusal of that item. */
export type PanelItemResult<T extends object> = ({ ok: true } & T) | PanelRefusal;

/** Shown when the panel answers `{"error": ""}` or an error that is not text. */
export const WORDLESS_REFUSAL_MESSAGE = "Fampage refused the request without saying why";

export function panelRefusal(panelMessage: string): PanelRefusal {
  const error = panelMessage.trim().length > 0 ? panelMessage : WORDLESS_REFUSAL_MESSAGE;
  return { ok: false, error, providerCode: refusalCodeOf(error) };
}
