import { Download, Plus, ShoppingCart } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ORDER_STATUS_LABELS } from "@/components/orders/order-status-badge";
import { OrdersList } from "@/components/orders/orders-list";
import { PanelBalanceCard } from "@/components/orders/panel-balance-card";
import { StatusSyncPanel } from "@/components/orders/status-sync-panel";
import { EmptyState } from "@/components/portal/empty-state";
import { FilterBar, FilterField, FilterSelect } from "@/components/portal/filter-bar";
import { PageHeader } from "@/components/portal/page-header";
import { Pagination } from "@/components/portal/pagination";
import { hrefWith } from "@/components/portal/query-links";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { requireAdminSession } from "@/lib/auth/session";
import { isFiltered, paginationFrom, type SearchParams } from "@/lib/list-query";
import { listOrders, orderFiltersFrom } from "@/lib/orders/list-orders";
import { orderFilterChoices } from "@/lib/orders/order-choices";
import { latestStatusSync } from "@/lib/orders/status-sync";
import { statusSyncView } from "@/lib/orders/status-sync-view";
import { NETWORK_LABELS } from "@/lib/services/network";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Orders" };

const PATH = "/orders";

export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const params = await searchParams;
  const filters = orderFiltersFrom(params);
  const [page, { companies, services }, settings, lastSync] = await Promise.all([
    listOrders(filters, paginationFrom(params)),
    orderFilterChoices(),
    getSettings(),
    latestStatusSync(),
  ]);

  return (
    <>
      <PageHeader
        title="Orders"
        description="Every growth order placed on the panel, kept in sync."
        actions={
          <>
            <Button variant="outline" asChild>
              <a href={hrefWith("/api/orders/export", params, { page: undefined })}>
                <Download /> Export CSV
              </a>
            </Button>
            <Button asChild>
              <Link href="/orders/new">
                <Plus /> New order
              </Link>
            </Button>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-start gap-4">
        <div className="w-full max-w-sm">
          <PanelBalanceCard />
        </div>
        <StatusSyncPanel initial={lastSync && statusSyncView(lastSync)} />
      </div>
      <FilterBar pathname={PATH}>
        <FilterSelect
          label="Company"
          id="filter-company"
          name="companyId"
          value={filters.companyId}
          allLabel="All companies"
          options={companies.map((company) => [company.id, company.name] as const)}
        />
        <FilterSelect
          label="Status"
          id="filter-status"
          name="status"
          value={filters.status}
          allLabel="Any status"
          options={[["OPEN", "Open (pending, in progress, processing)"], ...Object.entries(ORDER_STATUS_LABELS)]}
        />
        <FilterSelect label="Network" id="filter-network" name="network" value={filters.network} allLabel="Any network" options={Object.entries(NETWORK_LABELS)} />
        <FilterSelect
          label="Service"
          id="filter-service"
          name="serviceId"
          value={filters.serviceId?.toString()}
          allLabel="Any service"
          options={services.map((service) => [String(service.serviceId), `#${service.serviceId} ${service.serviceName}`] as const)}
        />
        <FilterField label="Target URL contains" htmlFor="filter-link">
          <Input id="filter-link" name="link" defaultValue={filters.link ?? ""} />
        </FilterField>
        <FilterField label="From" htmlFor="filter-from">
          <Input id="filter-from" name="from" type="date" defaultValue={params.from?.toString() ?? ""} />
        </FilterField>
        <FilterField label="To" htmlFor="filter-to">
          <Input id="filter-to" name="to" type="date" defaultValue={params.to?.toString() ?? ""} />
        </FilterField>
      </FilterBar>

      {page.total === 0 ? (
        isFiltered(params) ? (
          <EmptyState icon={ShoppingCart} title="No orders match these filters">
            Change or clear the filters to see more.
          </EmptyState>
        ) : (
          <EmptyState icon={ShoppingCart} title="No orders yet">
            Place an order for a company: it appears here with its panel status and invoice.
          </EmptyState>
        )
      ) : (
        <>
          <OrdersList orders={page.items} agencyCurrency={settings.currency} timeZone={settings.timezone} pathname={PATH} params={params} sort={filters.sort} />
          <Pagination pathname={PATH} params={params} page={page} />
        </>
      )}
    </>
  );
}
