import type { Decimal } from "decimal.js";
import { z } from "zod";
import { integerFromProviderSchema, moneyFromProviderSchema } from "../core/provider-numbers";
import { panelItemsByIdSchema } from "./panel-item-schema";
import { panelStatusWordSchema } from "./panel-status-word";

export const ORDER_STATUSES = ["Pending", "In progress", "Processing", "Completed", "Partial", "Canceled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** A status word as panels spell it (`In Progress`, `Cancelled`), normalised to OrderStatus. */
export const orderStatusNameSchema = panelStatusWordSchema(ORDER_STATUSES, { Cancelled: "Canceled" });

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
export const orderStatusesResponseSchema = panelItemsByIdSchema(panelOrderStatusSchema);
