import { getSettings } from "@/lib/settings";
import { type ChartId, type ChartTable, byNetworkTable, overTimeTable, topCompaniesTable, topLinksTable, topServicesTable } from "./chart-tables";
import type { AnalyticsFilters } from "./filters";
import { type Kpis, kpisOf, loadRangeTotals } from "./kpis";
import { type PeriodInput, type Period, resolvePeriod } from "./period";
import { loadTopCompanies, loadTopServices, loadTopTargetLinks } from "./rankings";
import { loadSeries, seriesRows, seriesTotals } from "./series";
import { cachedFiguresView } from "./view-cache";

export type AnalyticsView = { period: Period; currency: string; kpis: Kpis; charts: Record<ChartId, ChartTable> };

/**
 * Everything the Analytics page (or a company's analytics) shows, each figure aggregated in SQL,
 * and computed once until a figure changes (a whole month of a million-order agency is tens of
 * thousands of orders to aggregate, and every viewer of the page asks for the same answer).
 */
export async function loadAnalytics(filters: AnalyticsFilters, input: PeriodInput, now: Date = new Date()): Promise<AnalyticsView> {
  const { currency, timezone } = await getSettings();
  const period = resolvePeriod(input, timezone, now);
  return cachedFiguresView(JSON.stringify([filters, period, currency]), () => computeAnalytics(filters, period, currency));
}

async function computeAnalytics(filters: AnalyticsFilters, period: Period, currency: string): Promise<AnalyticsView> {
  // The period's KPIs are the sum of its series: only the previous period needs its own pass.
  const [previous, series, companies, services, links] = await Promise.all([
    loadRangeTotals(filters, period.previousStart, period.start, currency),
    loadSeries(filters, period, currency),
    loadTopCompanies(filters, period, currency),
    loadTopServices(filters, period, currency),
    loadTopTargetLinks(filters, period, currency),
  ]);
  const rows = seriesRows(series, period);
  return {
    period,
    currency,
    kpis: kpisOf(seriesTotals(series), previous),
    charts: {
      "over-time": overTimeTable(rows, currency),
      "by-network": byNetworkTable(rows, currency),
      "top-companies": topCompaniesTable(companies, currency),
      "top-services": topServicesTable(services, currency),
      "top-links": topLinksTable(links, currency),
    },
  };
}
