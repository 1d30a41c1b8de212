import { Card, CardContent } from "@/components/ui/card";
import { changeOf, type KpiFigures } from "@/lib/analytics/kpis";
import { formatMoney } from "@/lib/money";
import type { Kpis } from "@/lib/analytics/kpis";
import { cn } from "@/lib/utils";

type Kpi = { key: string; label: string; value: string; change: ReturnType<typeof changeOf>; higherIsBetter: boolean };

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

function kpisOf(current: KpiFigures, previous: KpiFigures, currency: string): Kpi[] {
  const amount = (value: KpiFigures["revenue"] | null) => (value === null ? "—" : formatMoney(value, currency));
  return [
    { key: "revenue", label: "Revenue", value: amount(current.revenue), change: changeOf(current.revenue, previous.revenue), higherIsBetter: true },
    { key: "cost", label: "Provider cost", value: amount(current.cost), change: changeOf(current.cost, previous.cost), higherIsBetter: false },
    { key: "profit", label: "Profit", value: amount(current.profit), change: changeOf(current.profit, previous.profit), higherIsBetter: true },
    {
      key: "margin",
      label: "Margin",
      value: current.margin === null ? "—" : percent.format(current.margin.toNumber()),
      change: current.margin && previous.margin ? current.margin.minus(previous.margin) : null,
      higherIsBetter: true,
    },
    { key: "orders", label: "Orders", value: current.orders.toLocaleString("en-US"), change: changeOf(current.orders, previous.orders), higherIsBetter: true },
    {
      key: "aov",
      label: "Average order value",
      value: amount(current.averageOrderValue),
      change: changeOf(current.averageOrderValue, previous.averageOrderValue),
      higherIsBetter: true,
    },
  ];
}

function ChangeText({ kpi }: { kpi: Kpi }) {
  if (kpi.change === null) return <span className="text-xs text-muted-foreground">no earlier figure to compare</span>;
  const up = kpi.change.greaterThan(0);
  const flat = kpi.change.isZero();
  const good = flat ? null : up === kpi.higherIsBetter;
  // The margin's change is in percentage points, the others relative.
  const size = kpi.key === "margin" ? `${(kpi.change.abs().toNumber() * 100).toFixed(1)} pts` : percent.format(kpi.change.abs().toNumber());
  return (
    <span className={cn("text-xs", good === null ? "text-muted-foreground" : good ? "text-success" : "text-destructive")}>
      {flat ? "no change" : `${up ? "▲" : "▼"} ${size}`} vs previous period
    </span>
  );
}

/** The period's KPIs, each with its change against the previous period. */
export function KpiCards({ kpis, currency }: { kpis: Kpis; currency: string }) {
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="analytics-kpis">
      {kpisOf(kpis.current, kpis.previous, currency).map((kpi) => (
        <Card key={kpi.key} className="gap-1 py-4" data-testid={`kpi-${kpi.key}`}>
          <CardContent className="grid gap-1 px-4">
            <span className="text-xs text-muted-foreground">{kpi.label}</span>
            <span className="text-xl font-semibold tabular-nums" data-testid={`kpi-${kpi.key}-value`}>
              {kpi.value}
            </span>
            <ChangeText kpi={kpi} />
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
