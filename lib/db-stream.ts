import Cursor from "pg-cursor";
import { openPgClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The rows of one query read through a server-side cursor, `batchSize` at a time: memory
 * stays constant whatever the result's size (CSV exports of a million rows). Columns come
 * as pg returns them (numeric as exact text): select timestamps as text too.
 *
 * Whole batches are read (not row by row through a stream: a promise per row costs more
 * than the CSV it becomes), and the next batch is fetched while the caller handles this one.
 */
export async function* streamRows<Row>(query: Prisma.Sql, batchSize = 2_000): AsyncGenerator<Row[]> {
  const client = await openPgClient();
  const cursor = client.query(new Cursor<Row>(query.text, query.values as unknown[]));
  let next: Promise<Row[]> | undefined = cursor.read(batchSize);
  try {
    while (next) {
      const rows: Row[] = await next;
      next = rows.length === batchSize ? cursor.read(batchSize) : undefined;
      if (rows.length > 0) yield rows;
    }
  } finally {
    // Ending the connection drops the cursor with it (no transaction holds it open); a read
    // still in flight (a download cancelled mid-way) fails quietly.
    next?.catch(() => undefined);
    await client.end();
  }
}

/** A timestamp(3) column (UTC) as ISO 8601 text, so no time zone of the server can shift it. */
export const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
