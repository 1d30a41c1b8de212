import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ChartTable } from "@/lib/analytics/chart-tables";
import { cn } from "@/lib/utils";
import type { ChartVariant } from "./analytics-chart";
import { ChartTableView } from "./chart-table-view";
import { LazyAnalyticsChart } from "./lazy-chart";

type Props = { table: ChartTable; variant: ChartVariant; currency: string; csvHref: string; emptyText: string; className?: string };

/** A chart with its accessible table view and a CSV of exactly the rows it draws. */
export function ChartCard({ table, variant, currency, csvHref, emptyText, className }: Props) {
  const headingId = `chart-${table.id}`;
  const hasData = table.rows.some((row) => table.columns.some((column) => column.kind !== "text" && Number(row[column.key]) !== 0));
  return (
    <Card className={cn("gap-4", className)} aria-labelledby={headingId} data-testid={headingId}>
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle id={headingId} className="text-base">
          {table.title}
        </CardTitle>
        <Button asChild variant="outline" size="sm">
          <a href={csvHref} download>
            <Download aria-hidden />
            CSV<span className="sr-only"> of {table.title.toLowerCase()}</span>
          </a>
        </Button>
      </CardHeader>
      <CardContent className="grid gap-3">
        {hasData ? (
          // The table view below carries the same rows for assistive technology; inert keeps the chart's own focus stops out too.
          <div aria-hidden inert>
            <LazyAnalyticsChart table={table} variant={variant} currency={currency} />
          </div>
        ) : (
          <p className="rounded-md border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">{emptyText}</p>
        )}
        <ChartTableView table={table} currency={currency} />
      </CardContent>
    </Card>
  );
}
