import { ShoppingCart } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/portal/empty-state";
import { Pagination } from "@/components/portal/pagination";
import { loadAnalytics } from "@/lib/analytics/analytics-view";
import { analyticsServiceChoices } from "@/lib/analytics/filter-choices";
import { analyticsFiltersFrom } from "@/lib/analytics/filters";
import { hasPlacedOrders } from "@/lib/analytics/has-orders";
import { loadCompanyOrderHistory } from "@/lib/analytics/order-history";
import { periodInputFrom } from "@/lib/analytics/period";
import { paginationFrom, type SearchParams } from "@/lib/list-query";
import { AnalyticsFilterForm } from "./analytics-filter-form";
import { AnalyticsPanels } from "./analytics-panels";
import { OrdersProfitTable } from "./orders-profit-table";

/** A company's analytics (the same KPIs and charts, for it alone) and its order history with profit per order. */
export async function CompanyAnalyticsSection({ companyId, params }: { companyId: string; params: SearchParams }) {
  const filters = { ...analyticsFiltersFrom(params), companyId };
  const [anyOrders, view, services] = await Promise.all([hasPlacedOrders(companyId), loadAnalytics(filters, periodInputFrom(params)), analyticsServiceChoices()]);
  const history = await loadCompanyOrderHistory(companyId, paginationFrom(params), view.currency);
  const pathname = `/companies/${companyId}`;
  return (
    <>
      <section aria-labelledby="analytics-heading" className="grid gap-3">
        <h2 id="analytics-heading" className="text-lg font-semibold">
          Analytics
        </h2>
        {anyOrders ? (
          <>
            <AnalyticsFilterForm period={view.period} filters={filters} choices={{ services }} action={pathname} />
            <AnalyticsPanels view={view} params={params} scope={{ companyId }} hide={["top-companies"]} />
          </>
        ) : (
          <EmptyState icon={ShoppingCart} title="No orders yet">
            <Link href={`/orders/new?companyId=${encodeURIComponent(companyId)}`} className="font-medium text-primary hover:underline">
              Place this company&apos;s first order
            </Link>{" "}
            to see its revenue, cost and profit.
          </EmptyState>
        )}
      </section>
      {history.total > 0 ? (
        <section aria-labelledby="history-heading" className="grid gap-3">
          <h2 id="history-heading" className="text-lg font-semibold">
            Order history with profit
          </h2>
          <OrdersProfitTable orders={history.items} currency={view.currency} showCompany={false} />
          <Pagination pathname={pathname} params={params} page={history} />
        </section>
      ) : null}
    </>
  );
}
