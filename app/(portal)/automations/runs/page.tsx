import { History } from "lucide-react";
import type { Metadata } from "next";
import { RunHistoryTable } from "@/components/automations/run-history-table";
import { EmptyState } from "@/components/portal/empty-state";
import { FilterBar, FilterSelect } from "@/components/portal/filter-bar";
import { PageHeader } from "@/components/portal/page-header";
import { Pagination } from "@/components/portal/pagination";
import { requireAdminSession } from "@/lib/auth/session";
import { listAutomations, listRuns } from "@/lib/automations";
import { runFiltersFrom, RUN_STATUS_OPTIONS, RUN_TRIGGER_OPTIONS } from "@/lib/automations/run-filters";
import { paginationFrom, type SearchParams } from "@/lib/list-query";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Run history" };

const PATH = "/automations/runs";

export default async function RunHistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const params = await searchParams;
  const filters = runFiltersFrom(params);
  const [page, automations, settings] = await Promise.all([listRuns(filters, paginationFrom(params)), listAutomations(), getSettings()]);
  return (
    <>
      <PageHeader title="Run history" description="Every automation run: when it was due, what it sent where, and what went wrong." />
      <FilterBar pathname={PATH}>
        <FilterSelect label="Automation" id="filter-automation" name="automation" value={filters.automationId} allLabel="All automations" options={automations.map((automation) => [automation.id, automation.name] as const)} />
        <FilterSelect label="Status" id="filter-status" name="status" value={filters.status} allLabel="Any status" options={RUN_STATUS_OPTIONS} />
        <FilterSelect label="Trigger" id="filter-trigger" name="trigger" value={filters.trigger} allLabel="Any trigger" options={RUN_TRIGGER_OPTIONS} />
      </FilterBar>
      {page.total === 0 ? (
        <EmptyState icon={History} title="No runs match">
          Runs appear here when an automation is due, when an alert it watches opens, or when you click “Run now”.
        </EmptyState>
      ) : (
        <>
          <RunHistoryTable runs={page.items} timezone={settings.timezone} />
          <Pagination pathname={PATH} params={params} page={page} />
        </>
      )}
    </>
  );
}
