import { FilterBar, FilterField } from "@/components/portal/filter-bar";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { OUTCOME_LABELS, PROVIDER_LABELS } from "@/lib/integration-log/labels";
import type { IntegrationLogFilter } from "@/lib/integration-log/log-filter";

function dayOf(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
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
      <FilterField label="Provider" htmlFor="filter-provider">
        <Select id="filter-provider" name="provider" defaultValue={filter.provider ?? ""}>
          <option value="">All providers</option>
          {Object.entries(PROVIDER_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label="Action" htmlFor="filter-action">
        <Input id="filter-action" name="action" placeholder="e.g. add_order" defaultValue={filter.action ?? ""} className="w-40" />
      </FilterField>
      <FilterField label="Outcome" htmlFor="filter-outcome">
        <Select id="filter-outcome" name="outcome" defaultValue={filter.outcome ?? ""}>
          <option value="">Any outcome</option>
          {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label="Company" htmlFor="filter-company">
        <Select id="filter-company" name="company" defaultValue={filter.companyId ?? ""}>
          <option value="">All companies</option>
          {filter.companyId && !companies.some((company) => company.id === filter.companyId) ? (
            <option value={filter.companyId}>{filter.companyId}</option>
          ) : null}
          {companies.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </Select>
      </FilterField>
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
