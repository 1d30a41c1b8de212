import Decimal from "decimal.js";
import { cached } from "@/lib/cached";

export { Decimal };

export type DecimalInput = Decimal | string | number | { toString(): string };

export function toDecimal(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(value.toString());
}

// ISO 4217 currencies whose minor unit is not the cent.
const MINOR_UNIT_DIGITS: Record<string, number> = {
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, UGX: 0, XAF: 0, XOF: 0,
  BHD: 3, JOD: 3, KWD: 3, OMR: 3, TND: 3, IQD: 3, LYD: 3,
};

export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_DIGITS[currency.toUpperCase()] ?? 2;
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

/** The one minus sign amounts are shown with (U+2212), whatever the formatter's locale uses. */
export const MINUS_SIGN = "\u2212";

// Panel rates carry five decimals; what is shown at "provider precision" never needs more.
const PROVIDER_DIGITS = 5;

// Building an Intl.NumberFormat costs far more than formatting with one, and list pages and
// chart tables format hundreds of amounts per render: one formatter per currency and precision.
const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, digits: number): Intl.NumberFormat {
  return cached(
    formatters,
    `${currency}|${digits}`,
    () =>
      new Intl.NumberFormat("en-US", {
        style: "currency",
        currency,
        minimumFractionDigits: Math.min(minorUnitDigits(currency), digits),
        maximumFractionDigits: digits,
      }),
  );
}

function format(value: Decimal, currency: string, digits: number): string {
  const formatter = currencyFormatter(currency, digits);
  // Intl formats decimal strings exactly; a Number would round-trip through binary floating point.
  const text = formatter.format(value.abs().toFixed(digits) as unknown as number);
  return value.isNegative() && !value.toDecimalPlaces(digits).isZero() ? `${MINUS_SIGN}${text}` : text;
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
