import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graphIdSchema } from "@/lib/providers/facebook/graph-id";
import { parseJsonKeepingLargeIntegers } from "@/lib/providers/core/lossless-json";

describe("parsing provider JSON without losing digits", () => {
  it("keeps integers beyond 2^53 as their exact text, wherever they are", () => {
    expect(parseJsonKeepingLargeIntegers('{"user_id":17841400000000901,"n":[9007199254740993,-9007199254740993]}')).toEqual({
      user_id: "17841400000000901",
      n: ["9007199254740993", "-9007199254740993"],
    });
  });

  it("leaves safe numbers, decimals, exponents and strings that look like numbers alone", () => {
    const text = '{"a":9007199254740991,"b":1.5,"c":1e21,"d":"17841400000000901","e":"quote \\" 12345678901234567890","f":-0}';
    expect(parseJsonKeepingLargeIntegers(text)).toEqual(JSON.parse(text));
  });

  it("parses like JSON.parse whenever no integer is unsafe", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const unsafe = /(?<![\w."])-?\d{16,}(?![\d.eE])/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
        fc.pre(!unsafe);
        expect(parseJsonKeepingLargeIntegers(text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it("throws on malformed JSON, like JSON.parse", () => {
    expect(() => parseJsonKeepingLargeIntegers('{"a":')).toThrow(SyntaxError);
  });

  it("Graph ids: exact text, or a number only when it is exact", () => {
    expect(graphIdSchema.parse("17841400000000901")).toBe("17841400000000901");
    expect(graphIdSchema.parse(42)).toBe("42");
    expect(graphIdSchema.safeParse(17841400000000901).success).toBe(false);
  });
});
