import { Decimal } from "decimal.js";
import { z } from "zod";

/** Plain decimal notation as providers write numbers: `12`, `-0.5`, `0.90`, `1e-7`; no hex, no Infinity. */
const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const decimalText = z.string().trim().regex(DECIMAL_TEXT, { message: "Expected a decimal number" });

/** A number that may arrive as a JSON number or as a string (`"50"`, `"0.90"`); outputs a finite number. */
export const numberFromProviderSchema = z.union([z.number(), decimalText.transform(Number).pipe(z.number())]);

/** Like numberFromProviderSchema, for counts and ids that must be whole (`"3572"`, `23501`). */
export const integerFromProviderSchema = numberFromProviderSchema.pipe(z.number().int());

/**
 * A money amount (`"0.27819"`, `100.84292`) as an exact Decimal. Strings go straight into
 * Decimal so no digit is lost to binary floating point; a JSON number has already been read
 * as a double, so its shortest round-trip text (what the provider wrote) is used.
 */
export const moneyFromProviderSchema = z.union([
  z.number().transform((amount) => new Decimal(amount.toString())),
  decimalText.transform((amount) => new Decimal(amount)),
]);
