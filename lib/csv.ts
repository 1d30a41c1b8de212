/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return at the start) get a leading apostrophe: CSV injection guard.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvLines([header, ...rows]);
}

/** Lines without a header, for exports written in several chunks. */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  // Plain loops and one growing string: exports run this over a million rows.
  let lines = "";
  for (const row of rows) {
    for (let index = 0; index < row.length; index++) lines += index === 0 ? csvCell(row[index]) : `,${csvCell(row[index])}`;
    lines += "\r\n";
  }
  return lines;
}

const NEEDS_QUOTES = /[",\r\n]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
// = + - @ tab carriage-return: what a spreadsheet reads as the start of a formula.
const FORMULA_STARTS = new Set([61, 43, 45, 64, 9, 13]);

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_STARTS.has(text.charCodeAt(0)) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Every export's column names: lower-case words joined by `_` ("Provider cost" → provider_cost). */
export function csvColumnName(label: string): string {
  return label
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** The UTF-8 byte order mark: without it Excel reads "Café" and "株式会社" as mojibake. */
const UTF8_BOM = "\uFEFF";

/**
 * A CSV download streamed chunk by chunk as `chunks` yields them (constant memory whatever
 * the size), starting with the byte order mark.
 */
export function csvDownload(filename: string, chunks: AsyncIterable<string>): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM));
    },
    // Pulled as the client reads: a slow download never buffers the whole table in memory.
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
