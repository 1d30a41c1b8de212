import type { Decimal } from "decimal.js";
import { z } from "zod";
import { moneyFromProviderSchema } from "../core/provider-numbers";

export type PanelBalance = { balance: Decimal; currency: string };

/** `action=balance`: `{"balance": "100.84292", "currency": "USD"}`. */
export const balanceResponseSchema = z.object({ balance: moneyFromProviderSchema, currency: z.string() });
