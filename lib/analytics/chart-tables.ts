import type { Network } from "@/lib/generated/prisma/client";
import { type Decimal, minorUnitDigits, toDecimal } from "@/lib/money";
import { NETWORK_LABELS } from "@/lib/services/network";
import type { CompanyRanking, ServiceRanking, TargetLinkRanking } from "./rankings";
import type { SeriesRow } from "./series";
import type { FigureTotals } from "./order-figures";

export const CHART_IDS = ["over-time", "by-network", "top-companies", "top-services", "top-links"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export type ColumnKind = "text" | "count" | "money";
export type ChartColumn = { key: string; label: string; kind: ColumnKind };
/** Money cells are exact decimal strings in the currency's minor unit; counts are integers. */
export type ChartRow = Record<string, string | number>;

/**
 * What one chart shows, as a table: the chart plots it, the table view lists it and the CSV
 * download writes it, so all three always agree.
 */
export type ChartTable = { id: ChartId; title: string; columns: ChartColumn[]; rows: ChartRow[] };

const money = (value: Decimal | { toString(): string }, currency: string): string => toDecimal(value).toFixed(minorUnitDigits(currency));

const FIGURE_COLUMNS: ChartColumn[] = [
  { key: "orders", label: "Orders", kind: "count" },
  { key: "revenue", label: "Revenue", kind: "money" },
  { key: "cost", label: "Provider cost", kind: "money" },
  { key: "profit", label: "Profit", kind: "money" },
];

function figureCells(figures: FigureTotals | SeriesRow, currency: string): ChartRow {
  return { orders: figures.orders, revenue: money(figures.revenue, currency), cost: money(figures.cost, currency), profit: money(figures.profit, currency) };
}

export function overTimeTable(rows: SeriesRow[], currency: string): ChartTable {
  return {
    id: "over-time",
    title: "Revenue, cost and profit over time",
    columns: [{ key: "bucket", label: "Period starting", kind: "text" }, ...FIGURE_COLUMNS],
    rows: rows.map((row) => ({ bucket: row.bucket, ...figureCells(row, currency) })),
  };
}

/** Profit per bucket split by network; only networks with orders in the period get a column. */
export function byNetworkTable(rows: SeriesRow[], currency: string): ChartTable {
  const networks = [...new Set(rows.flatMap((row) => Object.keys(row.byNetwork) as Network[]))].sort();
  return {
    id: "by-network",
    title: "Profit by network",
    columns: [
      { key: "bucket", label: "Period starting", kind: "text" },
      ...networks.map((network) => ({ key: network, label: NETWORK_LABELS[network], kind: "money" as const })),
    ],
    rows: rows.map((row) => ({
      bucket: row.bucket,
      ...Object.fromEntries(networks.map((network) => [network, money(row.byNetwork[network] ?? 0, currency)])),
    })),
  };
}

export function topCompaniesTable(rows: CompanyRanking[], currency: string): ChartTable {
  return {
    id: "top-companies",
    title: "Top companies by profit",
    columns: [{ key: "name", label: "Company", kind: "text" }, ...FIGURE_COLUMNS],
    rows: rows.map((row) => ({ name: row.name, ...figureCells(row, currency) })),
  };
}

export function topServicesTable(rows: ServiceRanking[], currency: string): ChartTable {
  return {
    id: "top-services",
    title: "Top services by profit",
    columns: [
      { key: "name", label: "Service", kind: "text" },
      { key: "network", label: "Network", kind: "text" },
      ...FIGURE_COLUMNS,
    ],
    rows: rows.map((row) => ({ name: `#${row.serviceId} ${row.serviceName}`, network: NETWORK_LABELS[row.network], ...figureCells(row, currency) })),
  };
}

export function topLinksTable(rows: TargetLinkRanking[], currency: string): ChartTable {
  return {
    id: "top-links",
    title: "Top target links by profit",
    columns: [
      { key: "name", label: "Target link", kind: "text" },
      { key: "companies", label: "Companies", kind: "count" },
      ...FIGURE_COLUMNS,
    ],
    rows: rows.map((row) => ({ name: row.linkKey, companies: row.companies, ...figureCells(row, currency) })),
  };
}
