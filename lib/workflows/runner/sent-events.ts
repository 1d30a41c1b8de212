import { z } from "zod";
import { db } from "@/lib/db";
import { currentStep } from "./step-context";

const sentEventsSchema = z.array(
  z.object({ name: z.string().min(1), data: z.record(z.string(), z.unknown()).default({}), id: z.string().min(1).optional() }),
);

/**
 * What the Inngest client's event API does in embedded mode: the events a
 * function sends (`step.sendEvent`, or a send from app code) go to the outbox,
 * and from there to the runner like any other event.
 */
export async function storeSentEvents(body: string): Promise<Response> {
  const parsed = sentEventsSchema.safeParse(JSON.parse(body));
  if (!parsed.success) return Response.json({ status: 400, error: "events must have a name and object data" }, { status: 400 });
  const step = currentStep.getStore();
  const ids = parsed.data.map((event, index) => event.id ?? (step ? `${step.runId}:${step.stepKey}:${index}` : crypto.randomUUID()));
  await db.$transaction(
    parsed.data.map((event, index) =>
      db.$executeRaw`INSERT INTO "OutboxEvent" ("id", "name", "data") VALUES (${ids[index]}, ${event.name}, ${JSON.stringify(event.data)}::jsonb) ON CONFLICT ("id") DO NOTHING`,
    ),
  );
  return Response.json({ ids, status: 200 });
}
