import { ChartNoAxesCombined, Link2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AnalyticsFilterForm } from "@/components/analytics/analytics-filter-form";
import { AnalyticsPanels } from "@/components/analytics/analytics-panels";
import { RunwayCard, RunwaySkeleton } from "@/components/analytics/runway-card";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Button } from "@/components/ui/button";
import { loadAnalytics } from "@/lib/analytics/analytics-view";
import { analyticsFilterChoices } from "@/lib/analytics/filter-choices";
import { analyticsFiltersFrom } from "@/lib/analytics/filters";
import { hasPlacedOrders } from "@/lib/analytics/has-orders";
import { PERIOD_LABELS, periodInputFrom } from "@/lib/analytics/period";
import { requireAdminSession } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const params = await searchParams;
  const filters = analyticsFiltersFrom(params);
  const [anyOrders, view, choices] = await Promise.all([hasPlacedOrders(), loadAnalytics(filters, periodInputFrom(params)), analyticsFilterChoices()]);
  const { period } = view;
  const description = `${PERIOD_LABELS[period.preset]}: ${period.firstDay} to ${period.lastDay} (${period.timezone}), in ${view.currency}. Each order counts on the day it was placed.`;
  return (
    <>
      <PageHeader
        title="Analytics"
        description={description}
        actions={
          <Button asChild variant="outline">
            <Link href="/analytics/links">
              <Link2 aria-hidden />
              Target link analytics
            </Link>
          </Button>
        }
      />
      {anyOrders ? (
        <div className="grid gap-4">
          <AnalyticsFilterForm period={period} filters={filters} choices={choices} action="/analytics" />
          <div className="max-w-sm">
            <Suspense fallback={<RunwaySkeleton />}>
              <RunwayCard currency={view.currency} />
            </Suspense>
          </div>
          <AnalyticsPanels view={view} params={params} />
        </div>
      ) : (
        <EmptyState icon={ChartNoAxesCombined} title="No orders yet">
          Revenue, cost and profit appear here once orders are placed.{" "}
          <Link href="/orders/new" className="font-medium text-primary hover:underline">
            Place your first order
          </Link>
          .
        </EmptyState>
      )}
    </>
  );
}
