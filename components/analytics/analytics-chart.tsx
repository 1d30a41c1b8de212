"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { type ChartConfig, ChartContainer, ChartLegend, ChartTooltip, ChartTooltipContent } from "@/components/ui/chart";
import type { ChartTable } from "@/lib/analytics/chart-tables";

export type ChartVariant = "over-time" | "stacked" | "ranking";

const PALETTE = ["oklch(0.55 0.19 264)", "oklch(0.62 0.15 70)", "oklch(0.52 0.14 150)", "oklch(0.6 0.2 330)", "oklch(0.6 0.13 200)", "oklch(0.55 0.22 27)", "oklch(0.5 0.05 260)", "oklch(0.7 0.15 110)"];
const OVER_TIME: ChartConfig = {
  revenue: { label: "Revenue", color: PALETTE[0]! },
  cost: { label: "Provider cost", color: PALETTE[5]! },
  profit: { label: "Profit", color: PALETTE[2]! },
};

/** Charts draw with numbers; the table view and CSV keep the exact decimals. */
function plotted(table: ChartTable): Record<string, string | number>[] {
  const money = table.columns.filter((column) => column.kind === "money").map((column) => column.key);
  return table.rows.map((row) => ({ ...row, ...Object.fromEntries(money.map((key) => [key, Number(row[key])])) }));
}

/** One analytics chart (recharts), drawn from the same table the table view and the CSV show. */
export default function AnalyticsChart({ table, variant, currency }: { table: ChartTable; variant: ChartVariant; currency: string }) {
  const formatter = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 2 });
  const formatValue = (value: number) => formatter.format(value);
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
  const data = plotted(table);

  if (variant === "ranking") {
    const config: ChartConfig = { profit: { label: "Profit", color: PALETTE[2]! } };
    return (
      <ChartContainer config={config} className="aspect-auto" style={{ height: Math.max(160, data.length * 36) }}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" tickFormatter={(value: number) => compact.format(value)} />
          <YAxis type="category" dataKey="name" width={140} tickFormatter={(value: string) => (value.length > 22 ? `${value.slice(0, 21)}…` : value)} />
          <ChartTooltip content={<ChartTooltipContent config={config} formatValue={formatValue} />} />
          <Bar dataKey="profit" fill="var(--color-profit)" radius={4} isAnimationActive={false} />
        </BarChart>
      </ChartContainer>
    );
  }

  if (variant === "stacked") {
    const networks = table.columns.filter((column) => column.kind === "money");
    const config: ChartConfig = Object.fromEntries(networks.map((column, index) => [column.key, { label: column.label, color: PALETTE[index % PALETTE.length]! }]));
    return (
      <ChartContainer config={config}>
        <BarChart data={data}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="bucket" tickFormatter={(value: string) => value.slice(5)} minTickGap={16} />
          <YAxis tickFormatter={(value: number) => compact.format(value)} width={48} />
          <ChartTooltip content={<ChartTooltipContent config={config} formatValue={formatValue} />} />
          <ChartLegend />
          {networks.map((column) => (
            <Bar key={column.key} dataKey={column.key} name={column.label} stackId="profit" fill={`var(--color-${column.key})`} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartContainer>
    );
  }

  return (
    <ChartContainer config={OVER_TIME}>
      <LineChart data={data}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="bucket" tickFormatter={(value: string) => value.slice(5)} minTickGap={16} />
        <YAxis tickFormatter={(value: number) => compact.format(value)} width={48} />
        <ChartTooltip content={<ChartTooltipContent config={OVER_TIME} formatValue={formatValue} />} />
        <ChartLegend />
        {Object.keys(OVER_TIME).map((key) => (
          <Line key={key} dataKey={key} name={OVER_TIME[key]!.label} stroke={`var(--color-${key})`} strokeWidth={2} dot={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ChartContainer>
  );
}
