import { z } from "zod";
import { dateParam, firstParam, type SearchParams } from "@/lib/list-query";
import { CALL_OUTCOMES, PROVIDER_NAMES } from "./labels";
import type { CallOutcome, ProviderName } from "./types";

export type IntegrationLogFilter = {
  provider?: ProviderName;
  /** Part of the action name, any case (`order` finds `add_order` and `order_status`). */
  action?: string;
  outcome?: CallOutcome;
  companyId?: string;
  orderId?: string;
  /** Days, inclusive, in UTC. */
  from?: Date;
  to?: Date;
};

const idSchema = z.string().trim().regex(/^[\w-]{1,64}$/).optional().catch(undefined);

const filterSchema = z.object({
  provider: z.enum(PROVIDER_NAMES).optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  outcome: z.enum(CALL_OUTCOMES).optional().catch(undefined),
  company: idSchema,
  order: idSchema,
});

/** The log list's filter from the URL; values that make no sense are ignored. */
export function integrationLogFilterFrom(params: SearchParams): IntegrationLogFilter {
  const parsed = filterSchema.parse({
    provider: firstParam(params, "provider"),
    action: firstParam(params, "action"),
    outcome: firstParam(params, "outcome"),
    company: firstParam(params, "company"),
    order: firstParam(params, "order"),
  });
  const filter: IntegrationLogFilter = {};
  if (parsed.provider) filter.provider = parsed.provider;
  if (parsed.action) filter.action = parsed.action;
  if (parsed.outcome) filter.outcome = parsed.outcome;
  if (parsed.company) filter.companyId = parsed.company;
  if (parsed.order) filter.orderId = parsed.order;
  const from = dateParam(params, "from");
  const to = dateParam(params, "to");
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}
