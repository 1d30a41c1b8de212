import { z } from "zod";
import { PANEL_ORDER_STATUSES } from "./sandbox-order";

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** `POST /_control/fampage/balance`. */
export const setBalanceInputSchema = z.strictObject({
  balance: z.union([z.number().finite().transform(String), z.string().trim()]).pipe(
    z.string().regex(DECIMAL_TEXT, { message: "balance must be a decimal number like 12.5" }),
  ),
});
export type SetBalanceInput = z.input<typeof setBalanceInputSchema>;

export const balanceViewSchema = z.object({ balance: z.string(), currency: z.string() });
export type BalanceView = z.infer<typeof balanceViewSchema>;

/** `POST /_control/fampage/orders/:id/status`: pins the order there (it no longer moves with the clock). */
export const forceStatusInputSchema = z.strictObject({
  status: z.enum(PANEL_ORDER_STATUSES),
  /** Default: 0 for Completed, the quantity for Canceled, half of it for Partial, unchanged otherwise. */
  remains: z.number().int().min(0).optional(),
});
export type ForceStatusInput = z.input<typeof forceStatusInputSchema>;

/**
 * `POST /_control/fampage/orders/:id/status-word`: `action=status` reports `word` as the order's
 * status, whatever it is (any text, known to the app or not); `null` reports the real status again.
 */
export const setStatusWordInputSchema = z.strictObject({
  word: z.string().nullable(),
});
export type SetStatusWordInput = z.input<typeof setStatusWordInputSchema>;

/** An order as `/_control/fampage/orders` reports it to tests and demos. */
export const sandboxOrderViewSchema = z.object({
  id: z.number(),
  service: z.number(),
  serviceType: z.string(),
  /** The link, or a subscription's username. */
  target: z.string(),
  quantity: z.number(),
  status: z.enum(PANEL_ORDER_STATUSES),
  charge: z.string(),
  startCount: z.number(),
  remains: z.number(),
  /** Sandbox-clock time, ISO 8601. */
  createdAt: z.string(),
});
export type SandboxOrderView = z.infer<typeof sandboxOrderViewSchema>;

/** `POST /_control/fampage/latency`: every API answer waits this long (0 to 60 s), like a distant panel. */
export const setLatencyInputSchema = z.strictObject({
  milliseconds: z.number().int().min(0).max(60_000),
});
export type LatencyView = z.infer<typeof setLatencyInputSchema>;
