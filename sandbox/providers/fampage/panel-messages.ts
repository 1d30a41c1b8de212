import type { FaultBodies } from "../../core/provider-simulator";

/**
 * The panel's refusal texts. The first five are the ones seen in the wild (see PROVIDERS.md §1);
 * the others follow the panel's wording where it is not documented.
 */
export const PANEL_ERRORS = {
  invalidApiKey: "Invalid API key",
  notEnoughFunds: "Not enough funds on balance",
  activeOrderForLink: "You have active order with this link. Please wait until order being completed.",
  incorrectOrderId: "Incorrect order ID",
  incorrectRequest: "Incorrect request",
  incorrectServiceId: "Incorrect service ID",
  quantityBelowMinimum: (min: number) => `Quantity less than minimal ${min}`,
  quantityAboveMaximum: (max: number) => `Quantity more than maximal ${max}`,
  incorrectQuantity: "Incorrect quantity",
  incorrectLink: "Incorrect link",
  dripFeedDisabled: "Drip-feed is disabled for this service",
  incorrectDripFeed: "Incorrect runs or interval",
  incorrectComments: "Incorrect comments",
  incorrectAnswerNumber: "Incorrect answer number",
  incorrectUsername: "Incorrect username",
  incorrectMinMax: "Incorrect min/max",
  incorrectPosts: "Incorrect posts",
  incorrectDelay: "Incorrect delay",
  incorrectExpiry: "Incorrect expiry date",
  refillDisabled: "Refill is disabled for this service",
  refillUnavailable: "Refill is available for completed orders only",
  refillNotFound: "Refill not found",
  cancelDisabled: "Cancel is disabled for this service",
  cancelUnavailable: "The order cannot be canceled",
  tooManyIds: "Too many ids: at most 100 per request",
} as const;

export type PanelError = { error: string };

export function panelError(message: string): PanelError {
  return { error: message };
}

/** Faults in the panel's own shape: everything is `{"error": "..."}`. */
export const fampageFaultBodies: FaultBodies = {
  serverError: () => panelError("Internal server error"),
  rateLimited: () => panelError("Too many requests"),
  errorWithStatus200: () => panelError(PANEL_ERRORS.incorrectRequest),
};
