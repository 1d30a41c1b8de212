import type { z } from "zod";

/** The checkbox that confirms selling below cost; a browser sends "on" when it is ticked. */
export const BELOW_COST_CONFIRMATION_FIELD = "confirmBelowCost";

export const BELOW_COST_MESSAGE =
  "A multiplier under 1 invoices less than the panel charges: tick “Sell below cost” to confirm.";

/** A multiplier under 1 sells below cost: it stands only when the form confirms it. */
export function requireBelowCostConfirmation(
  multiplier: string | undefined,
  confirmation: string | undefined,
  ctx: z.RefinementCtx,
  path: string,
): void {
  // Only a well-formed multiplier: a malformed one already has its own message.
  const wellFormed = multiplier !== undefined && /^\d+(\.\d+)?$/.test(multiplier.trim()) && Number(multiplier) > 0;
  if (wellFormed && Number(multiplier) < 1 && confirmation !== "on") {
    ctx.addIssue({ code: "custom", path: [path], message: BELOW_COST_MESSAGE });
  }
}
