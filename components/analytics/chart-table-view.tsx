"use client";

import { useEffect, useRef, useState } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ChartTable } from "@/lib/analytics/chart-tables";
import { formatFixedAmount, minorUnitDigits } from "@/lib/money/amount-text";

/**
 * A chart's rows as a table, behind "Table view". The rows are rendered once it is opened: a
 * closed <details> shows nothing and is not in the accessibility tree, and a page of charts
 * would otherwise send every table twice (as markup and as the data the chart already has).
 */
export function ChartTableView({ table, currency }: { table: ChartTable; currency: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before this component hydrated: no toggle event is coming for it.
  useEffect(() => setOpen(details.current?.open ?? false), []);
  const digits = minorUnitDigits(currency);
  return (
    <details ref={details} className="group" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-primary hover:underline">Table view</summary>
      {open ? (
        <div className="mt-2 max-h-96 overflow-auto">
          <Table>
            <caption className="sr-only">{table.title}</caption>
            <TableHeader>
              <TableRow>
                {table.columns.map((column) => (
                  <TableHead key={column.key} scope="col" className={column.kind === "text" ? undefined : "text-right"}>
                    {column.label}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row, index) => (
                <TableRow key={index}>
                  {table.columns.map((column) => (
                    <TableCell key={column.key} className={column.kind === "text" ? "max-w-64 truncate" : "text-right tabular-nums"}>
                      {column.kind === "money" ? formatFixedAmount(String(row[column.key]), currency, digits) : row[column.key]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </details>
  );
}
