import { Alert } from "@/components/ui/alert";
import type { AnalyticsView } from "@/lib/analytics/analytics-view";
import type { ChartId } from "@/lib/analytics/chart-tables";
import type { SearchParams } from "@/lib/list-query";
import type { ChartVariant } from "./analytics-chart";
import { ChartCard } from "./chart-card";
import { KpiCards } from "./kpi-cards";

const CHARTS: { id: ChartId; variant: ChartVariant; wide?: boolean; emptyText: string }[] = [
  { id: "over-time", variant: "over-time", wide: true, emptyText: "No placed orders in this period." },
  { id: "by-network", variant: "stacked", wide: true, emptyText: "No placed orders in this period." },
  { id: "top-companies", variant: "ranking", emptyText: "No company had orders in this period." },
  { id: "top-services", variant: "ranking", emptyText: "No service was ordered in this period." },
  { id: "top-links", variant: "ranking", emptyText: "No target link was ordered in this period." },
];

/** The CSV of one chart: the export route reads the same query string, so it holds exactly the rows shown. */
export function chartCsvHref(chart: ChartId, params: SearchParams, scope: { companyId?: string } = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  if (scope.companyId) query.set("companyId", scope.companyId);
  query.set("chart", chart);
  return `/api/analytics/export?${query.toString()}`;
}

/** KPIs and every chart of an analytics view (the whole agency, or one company with `hide`). */
export function AnalyticsPanels({ view, params, scope, hide = [] }: { view: AnalyticsView; params: SearchParams; scope?: { companyId?: string }; hide?: ChartId[] }) {
  return (
    <div className="grid gap-4">
      {view.kpis.foreignCurrencyDocuments > 0 ? (
        <Alert variant="warning" data-testid="foreign-currency-notice">
          {view.kpis.foreignCurrencyDocuments} invoice(s) or credit note(s) of this period are in another currency than {view.currency}: they are left
          out of the revenue rather than added up as if they were {view.currency}.
        </Alert>
      ) : null}
      <KpiCards kpis={view.kpis} currency={view.currency} />
      <div className="grid gap-4 lg:grid-cols-2">
        {CHARTS.filter((chart) => !hide.includes(chart.id)).map((chart) => (
          <ChartCard
            key={chart.id}
            className={chart.wide ? "lg:col-span-2" : undefined}
            table={view.charts[chart.id]}
            variant={chart.variant}
            currency={view.currency}
            csvHref={chartCsvHref(chart.id, params, scope)}
            emptyText={chart.emptyText}
          />
        ))}
      </div>
    </div>
  );
}
