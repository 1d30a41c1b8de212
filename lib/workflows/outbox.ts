import "server-only";
import { randomUUID } from "node:crypto";
import type { EventType } from "inngest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type AnyEventType = EventType<string, StandardSchemaV1<Record<string, unknown>>>;
type EventData<T extends AnyEventType> = StandardSchemaV1.InferInput<T["schema"]>;
type Queryable = Prisma.TransactionClient | typeof db;

/** On globalThis: Next bundles the app's routes and its instrumentation (where the runner starts) apart. */
const enqueues = globalThis as unknown as { socialScaleEnqueues?: number };

function countEnqueue(): void {
  enqueues.socialScaleEnqueues = (enqueues.socialScaleEnqueues ?? 0) + 1;
}

/**
 * How many times this process has enqueued events: an embedded runner in the same process
 * reads the outbox on a wake only when this moved (other processes' events wait one poll).
 */
export const enqueuesInThisProcess = (): number => enqueues.socialScaleEnqueues ?? 0;

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
  const checked = await validEventData(type, data);
  const id = options.id ?? randomUUID();
  countEnqueue();
  await tx.$executeRaw`
    INSERT INTO "OutboxEvent" ("id", "name", "data") VALUES (${id}, ${type.name}, ${JSON.stringify(checked)}::jsonb)
    ON CONFLICT ("id") DO NOTHING`;
  return id;
}

async function validEventData<T extends AnyEventType>(type: T, data: EventData<T>): Promise<unknown> {
  const checked = await type.schema["~standard"].validate(data);
  if (checked.issues) {
    throw new InvalidEventError(`Event ${type.name} has invalid data: ${checked.issues.map((issue) => issue.message).join("; ")}`);
  }
  return checked.value;
}

/**
 * Many events of one type in one statement, each with its own id (see enqueueEvent): a
 * fan-out to thousands of accounts costs a statement per batch, not one per event.
 */
export async function enqueueEvents<T extends AnyEventType>(
  tx: Queryable,
  type: T,
  events: readonly { id: string; data: EventData<T> }[],
): Promise<void> {
  if (events.length === 0) return;
  const data = await Promise.all(events.map((event) => validEventData(type, event.data)));
  countEnqueue();
  await tx.$executeRaw`
    INSERT INTO "OutboxEvent" ("id", "name", "data")
    SELECT e."id", ${type.name}, e."data"
    FROM unnest(${events.map((event) => event.id)}::text[], ${data.map((value) => JSON.stringify(value))}::jsonb[]) AS e("id", "data")
    ON CONFLICT ("id") DO NOTHING`;
}
