import type { Decimal } from "decimal.js";
import { z } from "zod";
import { integerFromProviderSchema, moneyFromProviderSchema } from "../core/provider-numbers";
import { panelIdKeySchema, panelItemSchema } from "./panel-item-schema";

export const ORDER_STATUSES = ["Pending", "In progress", "Processing", "Completed", "Partial", "Canceled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Lower-case letters only, so `In Progress`, `in_progress` and `Cancelled` find their status. */
function statusKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, "");
}

const STATUS_BY_KEY = new Map<string, OrderStatus>([
  ...ORDER_STATUSES.map((status): [string, OrderStatus] => [statusKey(status), status]),
  ["cancelled", "Canceled"],
]);

/** A status word as panels spell it, normalised to OrderStatus; unknown words are rejected. */
export const orderStatusNameSchema = z
  .string()
  .transform((text) => STATUS_BY_KEY.get(statusKey(text)) ?? text)
  .pipe(z.enum(ORDER_STATUSES));

/** An order as the panel reports it. */
export type PanelOrderStatus = {
  status: OrderStatus;
  /** What the panel charged, in `currency`; reduced for Partial orders, zero for Canceled ones. */
  charge: Decimal;
  /** The counter (followers, views...) when delivery started; null until the panel has read it. */
  startCount: number | null;
  /** Units still to deliver. */
  remains: number;
  currency: string;
};

export const panelOrderStatusSchema = z
  .object({
    status: orderStatusNameSchema,
    charge: moneyFromProviderSchema,
    start_count: z.union([integerFromProviderSchema, z.literal(""), z.null()]).optional(),
    remains: integerFromProviderSchema,
    currency: z.string(),
  })
  .transform(({ status, charge, start_count: startCount, remains, currency }): PanelOrderStatus => ({
    status,
    charge,
    startCount: typeof startCount === "number" ? startCount : null,
    remains,
    currency,
  }));

/** `action=status&orders=1,10`: `{"1": {...status...}, "10": {"error": "Incorrect order ID"}}`. */
export const orderStatusesResponseSchema = z.record(panelIdKeySchema, panelItemSchema(panelOrderStatusSchema));
