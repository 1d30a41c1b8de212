import "server-only";
import { randomUUID } from "node:crypto";
import { sqlQueryPrepared } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IntegrationCall } from "./types";

/** Rows one INSERT takes at most (bodies are truncated, so a batch stays well under a megabyte or two). */
const MAX_ROWS_PER_INSERT = 200;

type Waiting = { row: LogRow; stored: () => void; failed: (error: unknown) => void };
type LogRow = IntegrationCall & { id: string; createdAt: string };

let waiting: Waiting[] = [];
let writing = false;

/**
 * The sink every provider client reports to. Bodies arrive already redacted and truncated
 * by the provider core; this only stores them. It runs on every provider call, so rows are
 * group-committed: a call made while no insert is under way is written at once, and the
 * calls that arrive during an insert are written together by the next one. Each caller's
 * promise settles when its own row is stored, as with one INSERT per call, but a fan-out of
 * thousands of provider calls costs a fraction of the statements.
 */
export function recordIntegrationCall(call: IntegrationCall): Promise<void> {
  return new Promise((stored, failed) => {
    waiting.push({ row: { ...call, id: randomUUID(), createdAt: new Date().toISOString() }, stored, failed });
    if (!writing) void writeWaitingRows();
  });
}

async function writeWaitingRows(): Promise<void> {
  writing = true;
  try {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_ROWS_PER_INSERT);
      waiting = waiting.slice(batch.length);
      try {
        await insertRows(batch.map((entry) => entry.row));
        for (const entry of batch) entry.stored();
      } catch (error) {
        // One row Postgres refuses must not lose the others: each is tried on its own.
        if (batch.length === 1) batch[0]?.failed(error);
        else await Promise.all(batch.map((entry) => insertRows([entry.row]).then(entry.stored, entry.failed)));
      }
    }
  } finally {
    writing = false;
  }
}

async function insertRows(rows: LogRow[]): Promise<void> {
  // An absent body is left out of the JSON, so it is stored as SQL NULL.
  const records = rows.map((row) => ({ ...row, durationMs: Math.round(row.durationMs), companyId: row.companyId ?? null, orderId: row.orderId ?? null }));
  await sqlQueryPrepared(Prisma.sql`
    INSERT INTO "IntegrationLog" ("id", "provider", "action", "method", "url", "httpStatus", "durationMs", "outcome", "attempt",
                                  "requestBody", "responseBody", "errorMessage", "companyId", "orderId", "createdAt")
    SELECT r."id", r."provider", r."action", r."method", r."url", r."httpStatus", r."durationMs", r."outcome"::"CallOutcome", r."attempt",
           r."requestBody", r."responseBody", r."errorMessage", r."companyId", r."orderId", r."createdAt"::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
      "id" text, "provider" text, "action" text, "method" text, "url" text, "httpStatus" int, "durationMs" int, "outcome" text,
      "attempt" int, "requestBody" jsonb, "responseBody" jsonb, "errorMessage" text, "companyId" text, "orderId" text, "createdAt" text)`);
}
