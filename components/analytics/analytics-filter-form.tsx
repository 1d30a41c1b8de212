import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { OptionsSelect } from "@/components/ui/options-select";
import { Select } from "@/components/ui/select";
import type { AnalyticsFilters } from "@/lib/analytics/filters";
import { NETWORKS } from "@/lib/analytics/filters";
import { BUCKETS, type Period, PERIOD_LABELS, PERIOD_PRESETS } from "@/lib/analytics/period";
import { NETWORK_LABELS } from "@/lib/services/network";

type Choices = { companies?: { id: string; name: string }[]; services: { id: number; name: string }[] };

/**
 * The period picker and filters: a plain GET form, so every view is a URL that can be
 * bookmarked and shared, and it works before any JavaScript loads.
 */
export function AnalyticsFilterForm({ period, filters, choices, action }: { period: Period; filters: AnalyticsFilters; choices: Choices; action: string }) {
  return (
    <form method="get" action={action} className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-8" aria-label="Period and filters">
      <div className="grid gap-1.5">
        <Label htmlFor="analytics-period">Period</Label>
        <Select id="analytics-period" name="period" defaultValue={period.preset}>
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PERIOD_LABELS[preset]}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="analytics-from">From (custom)</Label>
        <Input id="analytics-from" name="from" type="date" defaultValue={period.firstDay} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="analytics-to">To (custom)</Label>
        <Input id="analytics-to" name="to" type="date" defaultValue={period.lastDay} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="analytics-bucket">Chart by</Label>
        <Select id="analytics-bucket" name="bucket" defaultValue={period.bucket}>
          {BUCKETS.map((bucket) => (
            <option key={bucket} value={bucket}>
              {bucket[0]!.toUpperCase() + bucket.slice(1)}
            </option>
          ))}
        </Select>
      </div>
      {choices.companies ? (
        <div className="grid gap-1.5">
          <Label htmlFor="analytics-company">Company</Label>
          <OptionsSelect
            id="analytics-company"
            name="companyId"
            defaultValue={filters.companyId ?? ""}
            emptyLabel="All companies"
            options={choices.companies.map((company) => [company.id, company.name] as const)}
          />
        </div>
      ) : null}
      <div className="grid gap-1.5">
        <Label htmlFor="analytics-network">Network</Label>
        <Select id="analytics-network" name="network" defaultValue={filters.network ?? ""}>
          <option value="">All networks</option>
          {NETWORKS.map((network) => (
            <option key={network} value={network}>
              {NETWORK_LABELS[network]}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="analytics-service">Service</Label>
        <OptionsSelect
          id="analytics-service"
          name="serviceId"
          defaultValue={filters.serviceId ? String(filters.serviceId) : ""}
          emptyLabel="All services"
          options={choices.services.map((service) => [String(service.id), `#${service.id} ${service.name}`] as const)}
        />
      </div>
      <div className="flex items-end">
        <Button type="submit" className="w-full">
          Apply
        </Button>
      </div>
    </form>
  );
}
