import type { Decimal } from "decimal.js";
import { z } from "zod";
import { integerFromProviderSchema, moneyFromProviderSchema } from "../core/provider-numbers";

/** A service of the panel's catalog, as the rest of the app sees it. */
export type PanelService = {
  id: number;
  name: string;
  /**
   * `Default`, `Package`, `Custom Comments`, `Poll`, `Subscriptions`, or another type the panel
   * invents; it decides which parameters an order takes (see AddOrderParams).
   */
  type: string;
  /** The panel's grouping, e.g. `Instagram Followers`; the network can be derived from it. */
  category: string;
  /** Price per 1000 units in the panel currency, up to 5 decimals. */
  rate: Decimal;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  desc?: string;
};

const TRUE_TEXTS = new Set(["1", "true", "yes"]);

/**
 * Panels spell flags as `true`, `1` or `"1"`, and leave them out when off. Anything else reads
 * as false: offering a refill or cancel the panel did not promise is the worse mistake.
 */
const panelFlagSchema = z
  .unknown()
  .optional()
  .transform((value) => value === true || value === 1 || (typeof value === "string" && TRUE_TEXTS.has(value.trim().toLowerCase())));

export const panelServiceSchema = z
  .object({
    service: integerFromProviderSchema,
    name: z.string(),
    type: z.string(),
    category: z.string(),
    rate: moneyFromProviderSchema,
    min: integerFromProviderSchema,
    max: integerFromProviderSchema,
    refill: panelFlagSchema,
    cancel: panelFlagSchema,
    dripfeed: panelFlagSchema,
    desc: z.string().nullish().catch(undefined),
  })
  .transform(({ service, desc, ...rest }): PanelService => ({
    id: service,
    ...rest,
    ...(desc === null || desc === undefined ? {} : { desc }),
  }));

/** `action=services`. */
export const servicesResponseSchema = z.array(panelServiceSchema);
