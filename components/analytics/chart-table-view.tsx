"use client";

import { useEffect, useRef, useState } from "react";
import {
  TABLE_BODY_CLASSES,
  TABLE_CELL_CLASSES,
  TABLE_CLASSES,
  TABLE_FRAME_CLASSES,
  TABLE_HEAD_CLASSES,
  TABLE_HEADER_CLASSES,
  TABLE_ROW_CLASSES,
} from "@/components/ui/table-classes";
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
          {/* The table parts' classes without tailwind-merge, which would join this route's first load. */}
          <div className={TABLE_FRAME_CLASSES}>
            <table className={TABLE_CLASSES}>
              <caption className="sr-only">{table.title}</caption>
              <thead className={TABLE_HEADER_CLASSES}>
                <tr className={TABLE_ROW_CLASSES}>
                  {table.columns.map((column) => (
                    <th key={column.key} scope="col" className={`${TABLE_HEAD_CLASSES} ${column.kind === "text" ? "text-left" : "text-right"}`}>
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className={TABLE_BODY_CLASSES}>
                {table.rows.map((row, index) => (
                  <tr key={index} className={TABLE_ROW_CLASSES}>
                    {table.columns.map((column) => (
                      <td key={column.key} className={`${TABLE_CELL_CLASSES} ${column.kind === "text" ? "max-w-64 truncate" : "text-right tabular-nums"}`}>
                        {column.kind === "money" ? formatFixedAmount(String(row[column.key]), currency, digits) : row[column.key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </details>
  );
}
