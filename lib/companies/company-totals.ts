import "server-only";
import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { Decimal, toDecimal } from "@/lib/money";
import { getSettings } from "@/lib/settings";

export type CompanyTotals = {
  /** What the panel charged (or, until it reports a charge, is expected to charge) for placed orders. */
  spend: Decimal;
  /** Non-void invoices minus non-void credit notes. */
  billed: Decimal;
  profit: Decimal;
  currency: string;
};

const orZero = (value: { toString(): string } | null): Decimal => (value === null ? new Decimal(0) : toDecimal(value));

/**
 * Spend counts placed orders only (a provider order id exists): a failed or
 * unsent order cost nothing. The panel's reported `charge` wins over the
 * expected cost once known, e.g. after a partial delivery. One statement.
 */
export async function getCompanyTotals(companyId: string): Promise<CompanyTotals> {
  const [[sums], settings] = await Promise.all([
    readRows<{ spend: Decimal | null; billed: Decimal | null }>(Prisma.sql`SELECT
      (SELECT SUM(COALESCE("charge", "expectedCost")) FROM "Order" WHERE "companyId" = ${companyId} AND "providerOrderId" IS NOT NULL) AS "spend",
      (SELECT SUM(CASE WHEN "kind" = 'CREDIT_NOTE' THEN -"amount" ELSE "amount" END) FROM "Invoice" WHERE "companyId" = ${companyId} AND "status" <> 'VOID') AS "billed"`),
    getSettings(),
  ]);
  const spend = orZero(sums?.spend ?? null);
  const billed = orZero(sums?.billed ?? null);
  return { spend, billed, profit: billed.minus(spend), currency: settings.currency };
}
