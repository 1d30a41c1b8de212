import "server-only";
import { db } from "@/lib/db";
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
 * expected cost once known, e.g. after a partial delivery.
 */
export async function getCompanyTotals(companyId: string): Promise<CompanyTotals> {
  const placed = { companyId, providerOrderId: { not: null } };
  const [charged, notYetCharged, billedByKind, settings] = await Promise.all([
    db.order.aggregate({ where: { ...placed, charge: { not: null } }, _sum: { charge: true } }),
    db.order.aggregate({ where: { ...placed, charge: null }, _sum: { expectedCost: true } }),
    db.invoice.groupBy({
      by: ["kind"],
      where: { companyId, status: { not: "VOID" } },
      _sum: { amount: true },
    }),
    getSettings(),
  ]);

  const spend = orZero(charged._sum.charge).plus(orZero(notYetCharged._sum.expectedCost));
  const billed = billedByKind.reduce((total, group) => {
    const amount = orZero(group._sum.amount);
    return group.kind === "CREDIT_NOTE" ? total.minus(amount) : total.plus(amount);
  }, new Decimal(0));
  return { spend, billed, profit: billed.minus(spend), currency: settings.currency };
}
