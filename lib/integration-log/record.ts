import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IntegrationCall } from "./types";

/**
 * The sink every provider client reports to. Bodies arrive already redacted and
 * truncated by the provider core; this only stores them.
 */
export async function recordIntegrationCall(call: IntegrationCall): Promise<void> {
  // createMany: a bare INSERT. `create` wraps it in a transaction to read the row back, which
  // no caller needs, and this runs on every provider call.
  await db.integrationLog.createMany({
    data: {
      provider: call.provider,
      action: call.action,
      method: call.method,
      url: call.url,
      httpStatus: call.httpStatus,
      durationMs: Math.round(call.durationMs),
      outcome: call.outcome,
      attempt: call.attempt,
      requestBody: asJson(call.requestBody),
      responseBody: asJson(call.responseBody),
      errorMessage: call.errorMessage,
      companyId: call.companyId ?? null,
      orderId: call.orderId ?? null,
    },
  });
}

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (value as Prisma.InputJsonValue);
}
