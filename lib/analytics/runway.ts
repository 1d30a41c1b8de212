import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { Decimal } from "@/lib/money";
import { getPanelBalance, type PanelBalanceView } from "@/lib/orders/panel-balance";
import { utc } from "./filters";

export type Runway = {
  balance: PanelBalanceView;
  /** What placed orders cost over the last 7 days (whole days up to now). */
  lastWeekSpend: Decimal;
  /** Days the balance lasts at the last 7 days' average daily spend; null without spend or without a balance. */
  days: number | null;
};

const WEEK_MS = 7 * 86_400_000;

/** The panel balance and how long it lasts at the last 7 days' spend ("about N days"). */
export async function loadRunway(now: Date = new Date()): Promise<Runway> {
  const [balance, [spent]] = await Promise.all([
    getPanelBalance(),
    readRows<{ spend: Decimal }>(Prisma.sql`SELECT COALESCE(SUM(COALESCE(o."charge", o."expectedCost")), 0) AS "spend"
      FROM "Order" o
      WHERE o."providerOrderId" IS NOT NULL AND o."createdAt" >= ${utc(new Date(now.getTime() - WEEK_MS))} AND o."createdAt" < ${utc(now)}`),
  ]);
  const lastWeekSpend = new Decimal(spent?.spend ?? 0);
  const daily = lastWeekSpend.dividedBy(7);
  const days = balance.available && daily.greaterThan(0) ? Math.max(0, Math.floor(balance.balance.dividedBy(daily).toNumber())) : null;
  return { balance, lastWeekSpend, days };
}
