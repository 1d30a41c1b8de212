import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactAmountString } from "@/lib/invoices/invoice-labels";
import { toDecimal } from "@/lib/money";
import { exactAmountText, negatedAmountText } from "@/lib/money/exact-amount-text";

// What Postgres writes for a numeric(18, 3) amount: always three decimals.
const storedAmount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 999 }), fc.boolean())
  .map(([whole, thousandths, roundCents]) => `${whole}.${String(roundCents ? thousandths - (thousandths % 10) : thousandths).padStart(3, "0")}`);
const currency = fc.constantFrom("USD", "EUR", "JPY", "KRW", "BHD", "KWD", "usd");

describe("exactAmountText", () => {
  it("writes what exactAmountString writes, for any stored amount, credited or not", () => {
    fc.assert(
      fc.property(storedAmount, currency, (stored, code) => {
        expect(exactAmountText(stored, code)).toBe(exactAmountString(stored, code));
        expect(exactAmountText(negatedAmountText(stored), code)).toBe(exactAmountString(toDecimal(stored).negated(), code));
      }),
      { numRuns: 2_000 },
    );
  });

  it("cuts zeros, rounds half away from zero only when digits are lost", () => {
    expect(exactAmountText("12.340", "USD")).toBe("12.34");
    expect(exactAmountText("12.345", "USD")).toBe("12.35");
    expect(exactAmountText("-12.345", "USD")).toBe("-12.35");
    expect(exactAmountText("1500.000", "JPY")).toBe("1500");
    expect(exactAmountText("1500.500", "JPY")).toBe("1501");
    expect(exactAmountText("7.125", "BHD")).toBe("7.125");
    expect(exactAmountText("8", "USD")).toBe("8.00");
  });

  it("never writes a negative zero for a credited zero", () => {
    expect(negatedAmountText("0.000")).toBe("0.000");
    expect(negatedAmountText("3.200")).toBe("-3.200");
  });
});
