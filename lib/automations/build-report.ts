import { db } from "@/lib/db";
import type { OutgoingMessage } from "@/lib/destinations";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { Decimal, formatMoney, toDecimal } from "@/lib/money";
import { getPanelBalance } from "@/lib/orders/panel-balance";
import { getSettings } from "@/lib/settings";
import { alertKindLabel } from "./alert-kinds";
import type { ReportPeriod } from "./automation-config";
import { reportWindow, type ReportWindow } from "./report-period";

const RUNWAY_LOOKBACK_DAYS = 30;
const zero = () => new Decimal(0);
const orZero = (value: { toString(): string } | null) => (value === null ? zero() : toDecimal(value));

export type ReportFigures = {
  window: ReportWindow;
  currency: string;
  ordersPlaced: number;
  spend: Decimal;
  revenue: Decimal;
  profit: Decimal;
  /** Percent of revenue; null without revenue. */
  marginPercent: Decimal | null;
  statusCounts: Partial<Record<OrderStatus, number>>;
  partialOrCanceled: number;
  creditNotesTotal: Decimal;
  balance: { amount: Decimal; runwayDays: Decimal | null } | { unavailable: string };
  tokenProblems: { kind: string; title: string }[];
};

/** Spend counts what the panel charged, or is expected to, for orders placed in the window. */
async function spendBetween(from: Date, to: Date, companyId: string | null): Promise<Decimal> {
  const placed = { placedAt: { gte: from, lt: to }, providerOrderId: { not: null }, ...(companyId ? { companyId } : {}) };
  const [charged, expected] = await Promise.all([
    db.order.aggregate({ where: { ...placed, charge: { not: null } }, _sum: { charge: true } }),
    db.order.aggregate({ where: { ...placed, charge: null }, _sum: { expectedCost: true } }),
  ]);
  return orZero(charged._sum.charge).plus(orZero(expected._sum.expectedCost));
}

async function runway(balance: Decimal, to: Date): Promise<Decimal | null> {
  const from = new Date(to.getTime() - RUNWAY_LOOKBACK_DAYS * 86_400_000);
  const dailySpend = (await spendBetween(from, to, null)).dividedBy(RUNWAY_LOOKBACK_DAYS);
  return dailySpend.isZero() ? null : balance.dividedBy(dailySpend).toDecimalPlaces(1, Decimal.ROUND_DOWN);
}

export async function reportFigures(period: ReportPeriod, at: Date, companyId: string | null): Promise<ReportFigures> {
  const settings = await getSettings();
  const window = reportWindow(period, at, settings.timezone);
  const company = companyId ? { companyId } : {};
  const inWindow = { gte: window.from, lt: window.to };
  const [ordersPlaced, spend, invoiced, statuses, partialOrCanceled, panel, tokenAlerts] = await Promise.all([
    db.order.count({ where: { placedAt: inWindow, providerOrderId: { not: null }, ...company } }),
    spendBetween(window.from, window.to, companyId),
    db.invoice.groupBy({ by: ["kind"], where: { issuedAt: inWindow, status: { not: "VOID" }, ...company }, _sum: { amount: true } }),
    db.order.groupBy({ by: ["status"], where: { placedAt: inWindow, ...company }, _count: { _all: true } }),
    db.order.count({ where: { status: { in: ["PARTIAL", "CANCELED"] }, updatedAt: inWindow, ...company } }),
    getPanelBalance({ fresh: true }),
    db.alert.findMany({
      where: { openKey: { not: null }, OR: [{ kind: { startsWith: "social." } }, { kind: { startsWith: "ghl." } }] },
      select: { kind: true, title: true },
      orderBy: { openedAt: "asc" },
      take: 20,
    }),
  ]);
  const invoicedOf = (kind: "INVOICE" | "CREDIT_NOTE") => orZero(invoiced.find((group) => group.kind === kind)?._sum.amount ?? null);
  const creditNotesTotal = invoicedOf("CREDIT_NOTE");
  const revenue = invoicedOf("INVOICE").minus(creditNotesTotal);
  const profit = revenue.minus(spend);
  return {
    window,
    currency: settings.currency,
    ordersPlaced,
    spend,
    revenue,
    profit,
    marginPercent: revenue.isZero() ? null : profit.dividedBy(revenue).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP),
    statusCounts: Object.fromEntries(statuses.map((group) => [group.status, group._count._all])),
    partialOrCanceled,
    creditNotesTotal,
    balance: panel.available ? { amount: panel.balance, runwayDays: await runway(panel.balance, at) } : { unavailable: panel.reason },
    tokenProblems: tokenAlerts.map((alert) => ({ kind: alert.kind, title: alert.title })),
  };
}

const PERIOD_TITLES: Record<ReportPeriod, string> = { daily: "Daily report", weekly: "Weekly report", monthly: "Monthly report" };

/** The figures as a message every destination can render; `data` is the same in numbers for webhooks. */
export function reportMessage(period: ReportPeriod, figures: ReportFigures, companyName: string | null): OutgoingMessage {
  const money = (amount: Decimal) => formatMoney(amount, figures.currency);
  const statuses = Object.entries(figures.statusCounts).map(([status, count]) => `${status.toLowerCase().replace("_", " ")} ${count}`);
  const balanceLine =
    "unavailable" in figures.balance
      ? `Panel balance: unavailable (${figures.balance.unavailable})`
      : `Panel balance: ${money(figures.balance.amount)}${figures.balance.runwayDays === null ? "" : `, about ${figures.balance.runwayDays.toString()} days at the last ${RUNWAY_LOOKBACK_DAYS} days' spend`}`;
  const tokens =
    figures.tokenProblems.length === 0
      ? ["Connections: all healthy"]
      : [`Connections needing attention: ${figures.tokenProblems.length}`, ...figures.tokenProblems.map((problem) => `• ${alertKindLabel(problem.kind)}: ${problem.title}`)];
  return {
    event: `report.${period}`,
    title: `${PERIOD_TITLES[period]}${companyName ? ` for ${companyName}` : ""}: ${figures.window.label}`,
    lines: [
      `Orders placed: ${figures.ordersPlaced}`,
      `Spend: ${money(figures.spend)}`,
      `Revenue: ${money(figures.revenue)}`,
      `Profit: ${money(figures.profit)}${figures.marginPercent === null ? "" : ` (margin ${figures.marginPercent.toString()}%)`}`,
      `Statuses: ${statuses.length === 0 ? "no orders" : statuses.join(", ")}`,
      `Partial or canceled: ${figures.partialOrCanceled}, credit notes ${money(figures.creditNotesTotal)}`,
      balanceLine,
      ...tokens,
    ],
    href: "/dashboard",
    data: {
      period,
      companyName,
      from: figures.window.from.toISOString(),
      to: figures.window.to.toISOString(),
      currency: figures.currency,
      ordersPlaced: figures.ordersPlaced,
      spend: figures.spend.toString(),
      revenue: figures.revenue.toString(),
      profit: figures.profit.toString(),
      marginPercent: figures.marginPercent?.toString() ?? null,
      statusCounts: figures.statusCounts,
      partialOrCanceled: figures.partialOrCanceled,
      creditNotesTotal: figures.creditNotesTotal.toString(),
      panelBalance: "unavailable" in figures.balance ? null : figures.balance.amount.toString(),
      runwayDays: "unavailable" in figures.balance ? null : (figures.balance.runwayDays?.toString() ?? null),
      connectionsNeedingAttention: figures.tokenProblems,
    },
  };
}
