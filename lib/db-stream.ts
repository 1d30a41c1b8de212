import QueryStream from "pg-query-stream";
import { openPgClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The rows of one query read through a server-side cursor, `batchSize` at a time: memory
 * stays constant whatever the result's size (CSV exports of a million rows). Columns come
 * as pg returns them (numeric as exact text): select timestamps as text too.
 */
export async function* streamRows<Row>(query: Prisma.Sql, batchSize = 2_000): AsyncGenerator<Row[]> {
  const client = await openPgClient();
  try {
    const stream = client.query(new QueryStream(query.text, query.values as unknown[], { batchSize }));
    let batch: Row[] = [];
    for await (const row of stream) {
      batch.push(row as Row);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    await client.end();
  }
}

/** A timestamp(3) column (UTC) as ISO 8601 text, so no time zone of the server can shift it. */
export const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
