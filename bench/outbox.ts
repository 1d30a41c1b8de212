import { performance } from "node:perf_hooks";
import { median, printRatio, openBenchDatabase } from "./support/bench-database";

/**
 * `npm run bench:outbox`: what the transactional outbox costs, on this machine.
 * 1. The transaction that creates a company, with and without its event
 *    (interleaved, the same number of each, median latency).
 * 2. Delivery of 10,000 such events to the embedded runner (outbox → runs),
 *    against bare inserts of the same run rows in the same batch size.
 */
const EVENTS = 10_000;
const BATCH = 500;
const bench = await openBenchDatabase("bench_outbox");
const { db } = await import("@/lib/db");
const { companyCreated } = await import("@/inngest/events");
const { inngestFunctions } = await import("@/inngest/functions");
const { enqueueEvent } = await import("@/lib/workflows/outbox");
const { deliverOutboxToRunner } = await import("@/lib/workflows/runner/deliver-outbox");
const { registerFunctions } = await import("@/lib/workflows/runner/function-registry");

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

try {
  console.info(`Outbox benchmark on ${process.env.DATABASE_URL?.replace(/\/\/[^@]*@/, "//")} (2-core machine; sequential transactions, one connection busy at a time)`);
  for (let warm = 0; warm < 200; warm += 1) await db.$transaction((tx) => tx.company.create({ data: { name: `warm-${warm}` } }));

  const bare: number[] = [];
  const withEvent: number[] = [];
  for (let index = 0; index < EVENTS; index += 1) {
    bare.push(await timed(() => db.$transaction((tx) => tx.company.create({ data: { name: `bare-${index}` } }))));
    withEvent.push(
      await timed(() =>
        db.$transaction(async (tx) => {
          const company = await tx.company.create({ data: { name: `evented-${index}` } });
          await enqueueEvent(tx, companyCreated, { companyId: company.id }, { id: `company-created:${company.id}` });
        }),
      ),
    );
  }
  printRatio(
    `company-creating transaction with its event vs without (median of ${EVENTS} each)`,
    `${median(withEvent).toFixed(2)} ms vs ${median(bare).toFixed(2)} ms`,
    median(withEvent) / median(bare),
    1.3,
  );

  const registry = registerFunctions(inngestFunctions);
  const deliveryMs = await timed(async () => {
    while ((await deliverOutboxToRunner(registry, BATCH)) > 0);
  });
  const runs = await db.workflowRun.count();
  const delivered = await db.outboxEvent.count({ where: { deliveredAt: { not: null } } });
  const rows = await db.workflowRun.findMany({ select: { functionId: true, event: true, eventName: true, eventId: true, concurrencyKey: true } });
  await db.$executeRaw`TRUNCATE "WorkflowRun" CASCADE`;
  // The baseline: the same rows inserted with the same bulk statement, without reading or marking the outbox.
  const bareInsertMs = await timed(async () => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const slice = rows.slice(start, start + BATCH).map((row, offset) => ({ ...row, id: crypto.randomUUID(), dedupeKey: `bare-${start + offset}` }));
      await db.$executeRaw`
        INSERT INTO "WorkflowRun" ("id", "functionId", "trigger", "eventName", "eventId", "event", "dedupeKey", "concurrencyKey", "updatedAt")
        SELECT r."id", r."functionId", 'event', r."eventName", r."eventId", r."event", r."dedupeKey", r."concurrencyKey", now()
        FROM jsonb_to_recordset(${JSON.stringify(slice)}::jsonb)
          AS r("id" text, "functionId" text, "eventName" text, "eventId" text, "event" jsonb, "dedupeKey" text, "concurrencyKey" text)`;
    }
  });
  const perSecond = (delivered / deliveryMs) * 1000;
  console.info(`delivered ${delivered} events as ${runs} runs in ${deliveryMs.toFixed(0)} ms: ${perSecond.toFixed(0)} events/s (goal ≥ 500 events/s: ${perSecond >= 500 ? "met" : "MISSED"})`);
  printRatio(`outbox delivery vs bare inserts of the same ${runs} run rows (batches of ${BATCH})`, `${deliveryMs.toFixed(0)} ms vs ${bareInsertMs.toFixed(0)} ms`, deliveryMs / bareInsertMs);
} finally {
  await db.$disconnect();
  await bench.drop();
}
