import { Building2, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CompaniesTable } from "@/components/companies/companies-table";
import { OnboardingLinkCard } from "@/components/companies/onboarding-link-card";
import { EmptyState } from "@/components/portal/empty-state";
import { FilterBar, FilterField } from "@/components/portal/filter-bar";
import { PageHeader } from "@/components/portal/page-header";
import { Pagination } from "@/components/portal/pagination";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { requireAdminSession } from "@/lib/auth/session";
import { companiesWithPossibleDuplicates } from "@/lib/companies/duplicates";
import { companyListFiltersFrom, listCompanies } from "@/lib/companies/list-companies";
import { env } from "@/lib/env";
import { firstParam, paginationFrom, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Companies" };

const PATHNAME = "/companies";

type Props = { searchParams: Promise<SearchParams> };

export default async function CompaniesPage({ searchParams }: Props) {
  await requireAdminSession();
  const params = await searchParams;
  const filters = companyListFiltersFrom(params);
  const page = await listCompanies({ ...filters, pagination: paginationFrom(params) });
  const possibleDuplicates = await companiesWithPossibleDuplicates(page.items.map((company) => company.id));
  const filtered = Boolean(filters.q) || filters.status !== "active";

  return (
    <>
      <PageHeader
        title="Companies"
        description="Your clients. Archived companies keep their orders and invoices."
        actions={
          <Button asChild>
            <Link href="/companies/new">
              <Plus aria-hidden /> New company
            </Link>
          </Button>
        }
      />
      {firstParam(params, "deleted") ? (
        <Alert variant="success" className="mb-4" data-testid="company-deleted">
          Company deleted.
        </Alert>
      ) : null}
      <OnboardingLinkCard url={new URL("/onboarding", env().APP_URL).toString()} />
      <FilterBar pathname={PATHNAME}>
        <FilterField label="Search" htmlFor="filter-q">
          <Input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Name, contact, e-mail, city…" className="min-w-56" />
        </FilterField>
        <FilterField label="Status" htmlFor="filter-status">
          <Select id="filter-status" name="status" defaultValue={filters.status}>
            <option value="active">Active</option>
            <option value="archived">Archived</option>
            <option value="all">All</option>
          </Select>
        </FilterField>
        {/* Keeps the chosen order when the filters change. */}
        <input type="hidden" name="sort" value={filters.sort.field} />
        <input type="hidden" name="dir" value={filters.sort.direction} />
      </FilterBar>
      {page.total === 0 ? (
        <EmptyState icon={Building2} title={filtered ? "No companies match these filters" : "No companies yet"}>
          {filtered
            ? "Try another search, or show all companies including archived ones."
            : "Add your first client with “New company”, or share the public onboarding page so clients can register themselves."}
        </EmptyState>
      ) : (
        <>
          <CompaniesTable companies={page.items} pathname={PATHNAME} params={params} sort={filters.sort} possibleDuplicates={possibleDuplicates} />
          <Pagination pathname={PATHNAME} params={params} page={page} />
        </>
      )}
    </>
  );
}
