import { FilterBar, FilterField } from "@/components/portal/filter-bar";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
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
      <FilterField label="Company" htmlFor="filter-company">
        <Select id="filter-company" name={PARAM.companyId} defaultValue={filters.companyId ?? ""}>
          <option value="">All companies</option>
          {companies.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label="Kind" htmlFor="filter-kind">
        <Select id="filter-kind" name={PARAM.kind} defaultValue={filters.kind ?? ""}>
          <option value="">Invoices and credit notes</option>
          <option value="INVOICE">Invoices</option>
          <option value="CREDIT_NOTE">Credit notes</option>
        </Select>
      </FilterField>
      <FilterField label="Status" htmlFor="filter-status">
        <Select id="filter-status" name={PARAM.status} defaultValue={filters.status ?? ""}>
          <option value="">Any status</option>
          <option value="ISSUED">Issued</option>
          <option value="PAID">Paid</option>
          <option value="VOID">Void</option>
        </Select>
      </FilterField>
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
