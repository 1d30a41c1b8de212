import { cached } from "@/lib/cached";

// No decimal.js here: client components format amounts the server already made exact strings.

// ISO 4217 currencies whose minor unit is not the cent.
const MINOR_UNIT_DIGITS: Record<string, number> = {
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, UGX: 0, XAF: 0, XOF: 0,
  BHD: 3, JOD: 3, KWD: 3, OMR: 3, TND: 3, IQD: 3, LYD: 3,
};

export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_DIGITS[currency.toUpperCase()] ?? 2;
}

/** The one minus sign amounts are shown with (U+2212), whatever the formatter's locale uses. */
export const MINUS_SIGN = "\u2212";

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

/**
 * An amount already written with exactly `digits` decimals ("-12.30") in `currency`: "−$12.30".
 * Intl formats decimal strings exactly; a Number would round-trip through binary floating point.
 */
export function formatFixedAmount(fixed: string, currency: string, digits: number): string {
  const negative = fixed.startsWith("-");
  const text = currencyFormatter(currency, digits).format((negative ? fixed.slice(1) : fixed) as unknown as number);
  return negative && /[1-9]/.test(fixed) ? `${MINUS_SIGN}${text}` : text;
}
