import { minorUnitDigits, toDecimal } from "./index";

/**
 * `exactAmountString` for an amount as Postgres writes a numeric column ("12.340", "1500"):
 * the extra digits are cut as text when they are zeros (stored amounts sit on their minor
 * unit), and Decimal rounds only when they are not. Exports call it a million times.
 */
export function exactAmountText(stored: string, currency: string): string {
  const digits = minorUnitDigits(currency);
  const point = stored.indexOf(".");
  const decimals = point === -1 ? 0 : stored.length - point - 1;
  if (decimals === digits) return stored;
  if (decimals > digits && /^0+$/.test(stored.slice(point + 1 + digits))) return stored.slice(0, digits === 0 ? point : point + 1 + digits);
  return toDecimal(stored).toFixed(digits);
}

/** A stored (positive) amount as text, negated: what a credit note counts for. */
export function negatedAmountText(stored: string): string {
  if (stored.startsWith("-")) return stored.slice(1);
  return /^[0.]+$/.test(stored) ? stored : `-${stored}`;
}
