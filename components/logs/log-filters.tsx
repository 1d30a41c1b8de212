import { FilterBar, FilterField, FilterSelect } from "@/components/portal/filter-bar";
import type { SelectOption } from "@/components/ui/options-select";
import { Input } from "@/components/ui/input";
import { OUTCOME_LABELS, PROVIDER_LABELS } from "@/lib/integration-log/labels";
import type { IntegrationLogFilter } from "@/lib/integration-log/log-filter";

function dayOf(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

function companyOptions(companies: { id: string; name: string }[], chosenId: string | undefined): SelectOption[] {
  const options = companies.map((company): SelectOption => [company.id, company.name]);
  // A chosen company the list does not name stays selected, shown by its id.
  return chosenId && !companies.some((company) => company.id === chosenId) ? [[chosenId, chosenId], ...options] : options;
}

export function LogFilters({
  pathname,
  filter,
  companies,
}: {
  pathname: string;
  filter: IntegrationLogFilter;
  companies: { id: string; name: string }[];
}) {
  return (
    <FilterBar pathname={pathname}>
      <FilterSelect label="Provider" id="filter-provider" name="provider" value={filter.provider} allLabel="All providers" options={Object.entries(PROVIDER_LABELS)} />
      <FilterField label="Action" htmlFor="filter-action">
        <Input id="filter-action" name="action" placeholder="e.g. add_order" defaultValue={filter.action ?? ""} className="w-40" />
      </FilterField>
      <FilterSelect label="Outcome" id="filter-outcome" name="outcome" value={filter.outcome} allLabel="Any outcome" options={Object.entries(OUTCOME_LABELS)} />
      <FilterSelect
        label="Company"
        id="filter-company"
        name="company"
        value={filter.companyId}
        allLabel="All companies"
        options={companyOptions(companies, filter.companyId)}
      />
      <FilterField label="Order id" htmlFor="filter-order">
        <Input id="filter-order" name="order" defaultValue={filter.orderId ?? ""} className="w-56" />
      </FilterField>
      <FilterField label="From" htmlFor="filter-from">
        <Input id="filter-from" name="from" type="date" defaultValue={dayOf(filter.from)} />
      </FilterField>
      <FilterField label="To" htmlFor="filter-to">
        <Input id="filter-to" name="to" type="date" defaultValue={dayOf(filter.to)} />
      </FilterField>
    </FilterBar>
  );
}
