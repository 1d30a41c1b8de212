import Decimal from "decimal.js";
import { formatFixedAmount, minorUnitDigits } from "./amount-text";

export { Decimal };
export { MINUS_SIGN, minorUnitDigits } from "./amount-text";

export type DecimalInput = Decimal | string | number | { toString(): string };

export function toDecimal(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(value.toString());
}

/** Half-up to the currency's minor unit: the one rounding an amount ever gets. */
export function roundToMinorUnit(amount: DecimalInput, currency: string): Decimal {
  return toDecimal(amount).toDecimalPlaces(minorUnitDigits(currency), Decimal.ROUND_HALF_UP);
}

/** What the panel charges for `quantity` units at `ratePer1000`, unrounded (rates carry 5 decimals). */
export function providerCost(ratePer1000: DecimalInput, quantity: number): Decimal {
  return toDecimal(ratePer1000).times(quantity).dividedBy(1000);
}

/** Provider cost × multiplier, rounded once at the end. */
export function sellPrice(cost: DecimalInput, multiplier: DecimalInput, currency: string): Decimal {
  return roundToMinorUnit(toDecimal(cost).times(toDecimal(multiplier)), currency);
}

// Panel rates carry five decimals; what is shown at "provider precision" never needs more.
const PROVIDER_DIGITS = 5;

function format(value: Decimal, currency: string, digits: number): string {
  return formatFixedAmount(value.toFixed(digits), currency, digits);
}

/**
 * A document amount (invoice, credit note, total, price we charge): always in the
 * currency's minor unit ("$12.30", "¥1,235", "KWD 1.235"), negatives with "−".
 */
export function formatMoney(amount: DecimalInput, currency: string): string {
  return format(toDecimal(amount), currency, minorUnitDigits(currency));
}

/**
 * What the panel prices and charges (a rate per 1000, a cost, a charge, a balance, a unit
 * price derived from them): to its own precision, at least the minor unit, at most five decimals.
 */
export function formatProviderMoney(amount: DecimalInput, currency: string): string {
  const value = toDecimal(amount).toDecimalPlaces(PROVIDER_DIGITS, Decimal.ROUND_HALF_UP);
  return format(value, currency, Math.max(minorUnitDigits(currency), value.decimalPlaces()));
}
