import { PackageSearch } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/portal/empty-state";
import { FilterBar, FilterField } from "@/components/portal/filter-bar";
import { PageHeader } from "@/components/portal/page-header";
import { Pagination } from "@/components/portal/pagination";
import { CatalogTable } from "@/components/services/catalog-table";
import { NetworkTabs } from "@/components/services/network-tabs";
import { SyncCatalogButton } from "@/components/services/sync-catalog-button";
import { Input } from "@/components/ui/input";
import { requireAdminSession } from "@/lib/auth/session";
import { paginationFrom, type SearchParams } from "@/lib/list-query";
import { catalogFilterFrom, catalogSortFrom } from "@/lib/services/catalog-filter";
import { listCatalog } from "@/lib/services/catalog-queries";
import { formatDateTime } from "@/lib/format";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";

export const metadata: Metadata = { title: "Services" };

const PATH = "/services";

export default async function ServicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const params = await searchParams;
  const filter = catalogFilterFrom(params);
  const sort = catalogSortFrom(params);
  const view = await listCatalog(filter, sort, paginationFrom(params));

  if (view.lastSyncedAt === null) {
    return (
      <>
        <PageHeader title="Services" description="The Fampage catalog, with what each service sells for." />
        <EmptyState icon={PackageSearch} title="The catalog is empty">
          <p className="mb-4">Copy the panel&apos;s services here to see their rates and order them.</p>
          <SyncCatalogButton />
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Services"
        description={`The Fampage catalog, with what each service sells for. Last synced ${formatDateTime(view.lastSyncedAt, await agencyTimeZone())}.`}
        actions={<SyncCatalogButton variant="outline" />}
      />
      <NetworkTabs pathname={PATH} params={params} selected={filter.network} counts={view.networkCounts} />
      <FilterBar pathname={PATH}>
        {filter.network ? <input type="hidden" name="network" value={filter.network} /> : null}
        <FilterField label="Search name, category or id" htmlFor="filter-search">
          <Input id="filter-search" name="q" type="search" defaultValue={filter.search ?? ""} className="w-64" />
        </FilterField>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" name="inactive" value="1" defaultChecked={filter.includeInactive} className="size-4 accent-primary" />
          Show inactive services
        </label>
      </FilterBar>

      {view.services.total === 0 ? (
        <EmptyState icon={PackageSearch} title="No services match">
          Change the search, pick another network or{" "}
          <Link href={PATH} className="text-primary hover:underline">
            clear the filters
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <CatalogTable rows={view.services.items} currency={view.currency} pathname={PATH} params={params} sort={sort} />
          <p className="mt-2 text-xs text-muted-foreground">
            Sell prices use the default invoice multiplier from Settings, rounded to the currency&apos;s minor unit.
          </p>
          <Pagination pathname={PATH} params={params} page={view.services} />
        </>
      )}
    </>
  );
}
