import { z } from "zod";
import { loadAnalytics } from "@/lib/analytics/analytics-view";
import { CHART_IDS } from "@/lib/analytics/chart-tables";
import { chartCsv } from "@/lib/analytics/chart-csv";
import { analyticsFiltersFrom } from "@/lib/analytics/filters";
import { periodInputFrom } from "@/lib/analytics/period";
import { getAdminSession } from "@/lib/auth/session";
import { csvDownload } from "@/lib/csv";

export const runtime = "nodejs";

/** One analytics chart as CSV: the page's query string plus `chart`, so the rows are exactly the ones it shows. */
export async function GET(request: Request): Promise<Response> {
  if (!(await getAdminSession())) {
    return new Response("Sign in to export analytics.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const chart = z.enum(CHART_IDS).safeParse(params.chart);
  if (!chart.success) {
    return new Response(`Say which chart to export: chart=${CHART_IDS.join(", ")}.`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const view = await loadAnalytics(analyticsFiltersFrom(params), periodInputFrom(params));
  const { period } = view;
  return csvDownload(`${chart.data}-${period.firstDay}-to-${period.lastDay}.csv`, chartCsv(view.charts[chart.data], view.currency));
}
