import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";
import { panelItemSchema } from "./panel-item-schema";
import { panelStatusWordSchema } from "./panel-status-word";

export type RefillRequest = { refillId: number };

const refillRequestSchema = integerFromProviderSchema.transform((refillId): RefillRequest => ({ refillId }));

/** `action=refill&order=ID`: `{"refill": "1"}`. */
export const refillResponseSchema = z.object({ refill: refillRequestSchema }).transform(({ refill }) => refill);

/** `action=refill&orders=1,2`: `[{"order": 1, "refill": 1}, {"order": 2, "refill": {"error": "..."}}]`. */
export const refillManyResponseSchema = z
  .array(z.object({ order: integerFromProviderSchema, refill: panelItemSchema(refillRequestSchema, "fail_response") }))
  .transform((entries) => new Map(entries.map((entry) => [entry.order, entry.refill])));

export const REFILL_STATUSES = ["Pending", "In progress", "Processing", "Completed", "Rejected", "Canceled"] as const;
export type RefillStatus = (typeof REFILL_STATUSES)[number];

const refillStatusNameSchema = panelStatusWordSchema(REFILL_STATUSES, { Cancelled: "Canceled" });

/** `action=refill_status&refill=ID`: `{"status": "Completed"}`. */
export const refillStatusResponseSchema = z.object({ status: refillStatusNameSchema }).transform(({ status }) => status);

/** `action=refill_status&refills=1,2`: `[{"refill": 1, "status": "Completed"}, {"refill": 2, "status": {"error": "..."}}]`. */
export const refillStatusesResponseSchema = z
  .array(
    z.object({
      refill: integerFromProviderSchema,
      status: panelItemSchema(
        refillStatusNameSchema.transform((status) => ({ status })),
        "refuse_item",
      ),
    }),
  )
  .transform((entries) => new Map(entries.map((entry) => [entry.refill, entry.status])));
