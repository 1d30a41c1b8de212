import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  integerFromProviderSchema,
  moneyFromProviderSchema,
  numberFromProviderSchema,
} from "../../../lib/providers/core/provider-numbers";

const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0));

/** `-?digits.digits` with a known number of fraction digits, as panels print money. */
const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([units, scale]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return { text: negative ? `-${text}` : text, scale };
  });

const notANumber = fc.string().filter((text) => /[a-df-zA-DF-Z,_]/.test(text) || text.trim() === "");

describe("numberFromProviderSchema", () => {
  it("passes numbers through", () => {
    fc.assert(
      fc.property(finiteDouble, (value) => {
        expect(numberFromProviderSchema.parse(value)).toBe(value);
      }),
    );
  });

  it("reads any number's string form back to the same number", () => {
    fc.assert(
      fc.property(finiteDouble, (value) => {
        expect(numberFromProviderSchema.parse(String(value))).toBe(value);
      }),
    );
  });

  it("reads the strings panels send", () => {
    expect(numberFromProviderSchema.parse("50")).toBe(50);
    expect(numberFromProviderSchema.parse(" 0.90 ")).toBe(0.9);
    expect(numberFromProviderSchema.parse("1e3")).toBe(1000);
  });

  it("rejects text that is not a decimal number", () => {
    fc.assert(
      fc.property(notANumber, (text) => {
        expect(numberFromProviderSchema.safeParse(text).success).toBe(false);
      }),
    );
    for (const text of ["", "0x10", "Infinity", "NaN", "1,000", "1e999", "12abc", "--1"]) {
      expect(numberFromProviderSchema.safeParse(text).success).toBe(false);
    }
    expect(numberFromProviderSchema.safeParse(null).success).toBe(false);
  });
});

describe("integerFromProviderSchema", () => {
  it("reads whole numbers from strings and numbers", () => {
    fc.assert(
      fc.property(fc.integer(), (value) => {
        expect(integerFromProviderSchema.parse(String(value))).toBe(value);
        expect(integerFromProviderSchema.parse(value)).toBe(value);
      }),
    );
  });

  it("rejects fractions", () => {
    expect(integerFromProviderSchema.safeParse("3.5").success).toBe(false);
    expect(integerFromProviderSchema.safeParse(0.1).success).toBe(false);
  });
});

describe("moneyFromProviderSchema", () => {
  it("keeps every digit of a decimal string", () => {
    fc.assert(
      fc.property(decimalText, ({ text, scale }) => {
        const amount = moneyFromProviderSchema.parse(text);
        expect(amount).toBeInstanceOf(Decimal);
        expect(amount.toFixed(scale)).toBe(text.replace(/^-(0\.?0*)$/, "$1"));
      }),
    );
  });

  it("turns a JSON number into the decimal the provider wrote", () => {
    fc.assert(
      fc.property(finiteDouble, (value) => {
        expect(moneyFromProviderSchema.parse(value).toNumber()).toBe(value);
      }),
    );
    expect(moneyFromProviderSchema.parse(0.1).toString()).toBe("0.1");
  });

  it("adds amounts exactly, unlike floats", () => {
    const sum = moneyFromProviderSchema.parse("0.1").plus(moneyFromProviderSchema.parse("0.2"));
    expect(sum.equals(new Decimal("0.3"))).toBe(true);
    expect(moneyFromProviderSchema.parse("0.27819").times(8).toString()).toBe("2.22552");
  });

  it("rejects what is not an amount", () => {
    fc.assert(
      fc.property(notANumber, (text) => {
        expect(moneyFromProviderSchema.safeParse(text).success).toBe(false);
      }),
    );
    for (const text of ["Infinity", "0x1F", "1.2.3", "$5"]) {
      expect(moneyFromProviderSchema.safeParse(text).success).toBe(false);
    }
  });
});
