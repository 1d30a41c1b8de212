import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { LogFilters } from "@/components/logs/log-filters";
import { LogTable } from "@/components/logs/log-table";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Pagination } from "@/components/portal/pagination";
import { requireAdminSession } from "@/lib/auth/session";
import { integrationLogFilterFrom } from "@/lib/integration-log/log-filter";
import { companiesInIntegrationLog, listIntegrationLogs } from "@/lib/integration-log/queries";
import { isFiltered, paginationFrom, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Integration log" };

const PATH = "/logs";

export default async function LogsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const params = await searchParams;
  const filter = integrationLogFilterFrom(params);
  const [page, companies] = await Promise.all([listIntegrationLogs(filter, paginationFrom(params)), companiesInIntegrationLog()]);

  return (
    <>
      <PageHeader title="Integration log" description="Every call to a provider, newest first. Secrets are removed before anything is stored." />
      <LogFilters pathname={PATH} filter={filter} companies={companies} />
      {page.total === 0 ? (
        isFiltered(params) ? (
          <EmptyState icon={ScrollText} title="No calls match these filters">
            Change or clear the filters to see more.
          </EmptyState>
        ) : (
          <EmptyState icon={ScrollText} title="No provider calls yet">
            Every call the console makes to a provider appears here, newest first.
          </EmptyState>
        )
      ) : (
        <>
          <LogTable rows={page.items} />
          <Pagination pathname={PATH} params={params} page={page} />
        </>
      )}
    </>
  );
}
