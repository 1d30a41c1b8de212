import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";
import { panelItemSchema } from "./panel-item-schema";

/** The panel took the cancel request; the order's status shows when it is actually Canceled. */
const cancelAcceptedSchema = z.union([z.literal(1), z.literal("1"), z.literal(true)]).transform(() => ({}));

/** `action=cancel&orders=1,2`: `[{"order": 2, "cancel": 1}, {"order": 9, "cancel": {"error": "..."}}]`. */
export const cancelResponseSchema = z
  .array(z.object({ order: integerFromProviderSchema, cancel: panelItemSchema(cancelAcceptedSchema, "fail_response") }))
  .transform((entries) => new Map(entries.map((entry) => [entry.order, entry.cancel])));
