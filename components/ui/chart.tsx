"use client";

import type * as React from "react";
import { Legend, ResponsiveContainer, Tooltip } from "recharts";
import { cn } from "@/lib/utils";

/** Series key → label and colour; the colour is exposed to the chart as `var(--color-<key>)`. */
export type ChartConfig = Record<string, { label: string; color: string }>;

/** shadcn/ui's chart frame: sizes the recharts chart to its box and defines the series colours. */
export function ChartContainer({
  config,
  className,
  children,
  ...props
}: React.ComponentProps<"div"> & { config: ChartConfig; children: React.ReactElement }) {
  const colours = Object.fromEntries(Object.entries(config).map(([key, { color }]) => [`--color-${key}`, color]));
  return (
    <div
      data-slot="chart"
      className={cn(
        "aspect-video w-full text-xs [&_.recharts-cartesian-axis-tick_text]:fill-muted-foreground [&_.recharts-cartesian-grid_line]:stroke-border/60",
        className,
      )}
      style={colours as React.CSSProperties}
      {...props}
    >
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

type TooltipEntry = { dataKey?: string | number; name?: string | number; value?: unknown; color?: string };

/** The hover card: the label, then each series with its colour and formatted value. */
export function ChartTooltipContent({
  active,
  payload,
  label,
  config,
  formatValue,
}: {
  active?: boolean;
  payload?: TooltipEntry[];
  label?: string | number;
  config: ChartConfig;
  formatValue: (value: number) => string;
}) {
  if (!active || !payload?.length) return null;
  return (
    <div className="grid min-w-40 gap-1.5 rounded-lg border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{label}</p>
      {payload.map((entry) => {
        const key = String(entry.dataKey);
        return (
          <div key={key} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5 text-muted-foreground">
              <span className="size-2.5 rounded-sm" style={{ background: entry.color }} aria-hidden />
              {config[key]?.label ?? entry.name}
            </span>
            <span className="font-mono tabular-nums">{formatValue(Number(entry.value))}</span>
          </div>
        );
      })}
    </div>
  );
}

export function ChartTooltip(props: React.ComponentProps<typeof Tooltip>) {
  return <Tooltip cursor={{ fill: "var(--muted)", opacity: 0.5 }} {...props} />;
}

export function ChartLegend(props: React.ComponentProps<typeof Legend>) {
  return <Legend verticalAlign="bottom" height={28} iconType="square" {...props} />;
}
