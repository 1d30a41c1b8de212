import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exactAmountString } from "@/lib/invoices/invoice-labels";
import { exactAmountSql } from "@/lib/money/exact-amount-sql";

/** Decimal writes a negative amount that rounds to zero as "-0.00"; Postgres (rightly, in a CSV) as "0.00". */
const exactInJs = (c: { amount: string; currency: string }) => exactAmountString(c.amount, c.currency).replace(/^-(0(\.0+)?)$/, "$1");

/** Postgres' answer for each (amount, currency), the amounts as numeric(18, 3) like the stored ones. */
async function inSql(cases: { amount: string; currency: string }[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ text: string }[]>`
    SELECT ${exactAmountSql(`c."amount"`, `c."currency"`)} AS "text"
    FROM unnest(${cases.map((c) => c.amount)}::numeric(18, 3)[], ${cases.map((c) => c.currency)}::text[]) WITH ORDINALITY AS c("amount", "currency", "position")
    ORDER BY c."position"`;
  return rows.map((row) => row.text);
}

describe("exactAmountSql", () => {
  it("writes what exactAmountString writes: the currency's minor digits, half away from zero, negatives and zero", async () => {
    const cases = [
      { amount: "12.345", currency: "USD" },
      { amount: "-12.345", currency: "EUR" },
      { amount: "-0.004", currency: "USD" },
      { amount: "0", currency: "usd" },
      { amount: "1500.5", currency: "JPY" },
      { amount: "-1500.5", currency: "JPY" },
      { amount: "7.125", currency: "BHD" },
      { amount: "8", currency: "KWD" },
    ];
    expect(await inSql(cases)).toEqual(["12.35", "-12.35", "0.00", "0.00", "1501", "-1501", "7.125", "8.000"]);
    expect(await inSql(cases)).toEqual(cases.map(exactInJs));
  });

  it("agrees with exactAmountString on any stored amount and currency", async () => {
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 999 }))
      .map(([whole, thousandths]) => `${whole < 0n ? "-" : ""}${whole < 0n ? -whole : whole}.${String(thousandths).padStart(3, "0")}`);
    const currency = fc.constantFrom("USD", "EUR", "GBP", "JPY", "KRW", "BHD", "KWD", "TND", "CHF");
    const cases = fc.sample(fc.record({ amount, currency }), 500);
    expect(await inSql(cases)).toEqual(cases.map(exactInJs));
  });
});
