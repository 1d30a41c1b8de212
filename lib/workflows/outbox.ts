import "server-only";
import { randomUUID } from "node:crypto";
import type { EventType } from "inngest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type AnyEventType = EventType<string, StandardSchemaV1<Record<string, unknown>>>;
type EventData<T extends AnyEventType> = StandardSchemaV1.InferInput<T["schema"]>;
type Queryable = Prisma.TransactionClient | typeof db;

export class InvalidEventError extends Error {
  override name = "InvalidEventError";
}

/**
 * Records an event for the workflow engine in the caller's transaction: it is
 * delivered if and only if the change that caused it commits. `id` makes the
 * emit idempotent (a second emit with the same id is ignored here, and the
 * engine deduplicates on it); give one whenever the event stands for a fact
 * that must trigger its functions once ("company X was created").
 */
export async function enqueueEvent<T extends AnyEventType>(
  tx: Queryable,
  type: T,
  data: EventData<T>,
  options: { id?: string } = {},
): Promise<string> {
  const checked = await type.schema["~standard"].validate(data);
  if (checked.issues) {
    throw new InvalidEventError(`Event ${type.name} has invalid data: ${checked.issues.map((issue) => issue.message).join("; ")}`);
  }
  const id = options.id ?? randomUUID();
  await tx.$executeRaw`
    INSERT INTO "OutboxEvent" ("id", "name", "data") VALUES (${id}, ${type.name}, ${JSON.stringify(checked.value)}::jsonb)
    ON CONFLICT ("id") DO NOTHING`;
  return id;
}
