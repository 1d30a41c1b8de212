import { Prisma } from "@/lib/generated/prisma/client";
import { MINOR_UNIT_DIGITS } from "./index";

const DIGITS_CASES = Object.entries(MINOR_UNIT_DIGITS)
  .map(([currency, digits]) => `WHEN '${currency}' THEN ${digits}`)
  .join(" ");

/**
 * What `exactAmountString` makes of an amount, computed by Postgres (exports of a million
 * rows): the SQL expression `amount` rounded half away from zero (as Decimal's ROUND_HALF_UP)
 * to the minor unit of the SQL expression `currency`, as plain text ("-12.50", "1500").
 * Both arguments are trusted SQL written by the caller, never input.
 */
export function exactAmountSql(amount: string, currency: string): Prisma.Sql {
  return Prisma.raw(`round(${amount}, CASE upper(${currency}) ${DIGITS_CASES} ELSE 2 END)::text`);
}
