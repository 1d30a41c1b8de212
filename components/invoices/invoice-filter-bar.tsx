import { FilterBar, FilterField, FilterSelect } from "@/components/portal/filter-bar";
import { Input } from "@/components/ui/input";
import { INVOICE_STATUS_LABEL } from "@/lib/invoices/invoice-labels";
import { INVOICE_FILTER_PARAMS as PARAM, type InvoiceFilters, type InvoiceSort } from "@/lib/invoices/invoice-query";

const dayValue = (date: Date | undefined) => date?.toISOString().slice(0, 10) ?? "";

/** Keeps a chosen sort; applying filters starts again at page 1. */
export function InvoiceFilterBar({
  pathname,
  filters,
  companies,
  sort,
}: {
  pathname: string;
  filters: InvoiceFilters;
  companies: { id: string; name: string }[];
  /** Only when the URL chose one, so default URLs stay short. */
  sort: InvoiceSort | undefined;
}) {
  return (
    <FilterBar pathname={pathname}>
      {sort ? (
        <>
          <input type="hidden" name="sort" value={sort.field} />
          <input type="hidden" name="dir" value={sort.direction} />
        </>
      ) : null}
      <FilterSelect
        label="Company"
        id="filter-company"
        name={PARAM.companyId}
        value={filters.companyId}
        allLabel="All companies"
        options={companies.map((company) => [company.id, company.name] as const)}
      />
      <FilterSelect
        label="Kind"
        id="filter-kind"
        name={PARAM.kind}
        value={filters.kind}
        allLabel="Invoices and credit notes"
        options={[
          ["INVOICE", "Invoices"],
          ["CREDIT_NOTE", "Credit notes"],
        ]}
      />
      <FilterSelect
        label="Status"
        id="filter-status"
        name={PARAM.status}
        value={filters.status}
        allLabel="Any status"
        options={Object.entries(INVOICE_STATUS_LABEL)}
      />
      <FilterField label="Issued from" htmlFor="filter-from">
        <Input id="filter-from" type="date" name={PARAM.issuedFrom} defaultValue={dayValue(filters.issuedFrom)} />
      </FilterField>
      <FilterField label="Issued to" htmlFor="filter-to">
        <Input id="filter-to" type="date" name={PARAM.issuedTo} defaultValue={dayValue(filters.issuedTo)} />
      </FilterField>
      <FilterField label="Number" htmlFor="filter-number">
        <Input
          id="filter-number"
          type="search"
          name={PARAM.numberSearch}
          placeholder="INV-2026-00042"
          maxLength={40}
          defaultValue={filters.numberSearch ?? ""}
        />
      </FilterField>
    </FilterBar>
  );
}
