import { csvColumnName, csvLines } from "@/lib/csv";
import type { ChartTable } from "./chart-tables";

/** A chart's table as CSV lines: the same rows and columns, amounts as plain decimals, plus their currency. */
export async function* chartCsv(table: ChartTable, currency: string): AsyncGenerator<string> {
  yield csvLines([[...table.columns.map((column) => csvColumnName(column.label)), "currency"]]);
  yield csvLines(table.rows.map((row) => [...table.columns.map((column) => row[column.key]), currency]));
}
