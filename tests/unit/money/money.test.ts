import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, formatMoney, formatProviderMoney, minorUnitDigits, providerCost, roundToMinorUnit, sellPrice } from "@/lib/money";

describe("money", () => {
  it("prices panel units exactly, whatever the rate's five decimals", () => {
    expect(providerCost("0.90", 1234).toString()).toBe("1.1106");
    expect(providerCost("0.00371", 3).toString()).toBe("0.00001113");
  });

  it("rounds the sell price once, half up, to the cent", () => {
    expect(sellPrice("1.1106", 8, "USD").toString()).toBe("8.88");
    expect(sellPrice("0.0003125", 8, "USD").toString()).toBe("0");
    expect(sellPrice("0.000625", 8, "USD").toString()).toBe("0.01");
    // Rounding each step first would give 0.03 × 8 = 0.24.
    expect(sellPrice(providerCost("0.02875", 1000), 8, "USD").toString()).toBe("0.23");
  });

  it("knows currencies without cents", () => {
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
    expect(roundToMinorUnit("1234.5", "JPY").toString()).toBe("1235");
    expect(roundToMinorUnit("1.2345", "KWD").toString()).toBe("1.235");
  });

  it("never goes through binary floating point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), (rateInHundredThousandths, quantity) => {
        const rate = new Decimal(rateInHundredThousandths).dividedBy(100_000);
        const cost = providerCost(rate, quantity);
        expect(cost.times(1000).dividedBy(quantity).equals(rate)).toBe(true);
        const price = sellPrice(cost, 8, "USD");
        expect(price.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(price.minus(cost.times(8)).abs().lessThanOrEqualTo("0.005")).toBe(true);
      }),
    );
  });

  it("formats document amounts in the currency's minor unit, never more", () => {
    expect(formatMoney("1234.5", "USD")).toBe("$1,234.50");
    expect(formatMoney("12.340", "USD")).toBe("$12.34");
    expect(formatMoney("1235", "JPY")).toBe("¥1,235");
    expect(formatMoney("1.235", "KWD")).toBe("KWD\u00a01.235");
    expect(formatMoney("0.00371", "USD")).toBe("$0.00");
  });

  it("formats provider rates and costs to their own precision, at least the minor unit", () => {
    expect(formatProviderMoney("0.00371", "USD")).toBe("$0.00371");
    expect(formatProviderMoney("0.9", "USD")).toBe("$0.90");
    expect(formatProviderMoney("1.1106", "USD")).toBe("$1.1106");
    expect(formatProviderMoney("0.00001113", "USD")).toBe("$0.00001");
    expect(formatProviderMoney("12", "JPY")).toBe("¥12");
    expect(formatProviderMoney("12.125", "JPY")).toBe("¥12.125");
  });

  it("shows every negative amount with the one minus sign, and no sign on a zero", () => {
    expect(formatMoney("-12.5", "USD")).toBe("\u2212$12.50");
    expect(formatProviderMoney("-0.00371", "USD")).toBe("\u2212$0.00371");
    expect(formatMoney("-1235", "JPY")).toBe("\u2212¥1,235");
    expect(formatMoney("-0.001", "USD")).toBe("$0.00");
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: -1 }), (cents) => {
        const text = formatMoney(new Decimal(cents).dividedBy(100), "EUR");
        expect(text.startsWith("\u2212€")).toBe(true);
        expect(text).not.toContain("-");
      }),
    );
  });
});
