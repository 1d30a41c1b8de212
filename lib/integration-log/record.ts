import "server-only";
import { randomUUID } from "node:crypto";
import { sqlQuery } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IntegrationCall } from "./types";

/**
 * The sink every provider client reports to. Bodies arrive already redacted and
 * truncated by the provider core; this only stores them. It runs on every provider call,
 * so it is one bare INSERT on the pool: through Prisma's ORM the same row cost several
 * times the CPU of the statement (bench:refresh-fanout's 5,000 refreshes log 5,000 rows).
 */
export async function recordIntegrationCall(call: IntegrationCall): Promise<void> {
  await sqlQuery(Prisma.sql`
    INSERT INTO "IntegrationLog" ("id", "provider", "action", "method", "url", "httpStatus", "durationMs", "outcome", "attempt",
                                  "requestBody", "responseBody", "errorMessage", "companyId", "orderId", "createdAt")
    VALUES (${randomUUID()}, ${call.provider}, ${call.action}, ${call.method}, ${call.url}, ${call.httpStatus}::int,
            ${Math.round(call.durationMs)}::int, ${call.outcome}::"CallOutcome", ${call.attempt}::int,
            ${asJson(call.requestBody)}::jsonb, ${asJson(call.responseBody)}::jsonb, ${call.errorMessage},
            ${call.companyId ?? null}, ${call.orderId ?? null}, ${new Date().toISOString()}::timestamp(3))`);
}

/** A body as jsonb text; none (undefined or null) is SQL NULL, as Prisma stored it. */
function asJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
