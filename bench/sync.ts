/**
 * `npm run bench:sync`: the open-order status sync on 10,000 open orders against the sandbox
 * panel answering with a fixed 50 ms latency, timed against its floor (the 100 sequential
 * status calls it cannot avoid), when 5 % of the orders change and when all of them do.
 * Runs in a fresh schema of DATABASE_URL's database. Goal: ≤ 1.3× in both.
 */
import { startSandbox } from "../sandbox/server";
import { createFampageSandboxControl } from "../sandbox/providers/fampage/control-client";
import { SANDBOX_API_KEY } from "../sandbox/providers/fampage/panel-actions";
import { createIsolatedSchema, dropIsolatedSchema } from "../scripts/lib/isolated-schema";
import { countStatements } from "./lib/count-statements";
import { applyBenchEnvironment } from "./lib/bench-env";
import { ratioLine } from "./lib/measure";

const OPEN_ORDERS = 10_000;
const LATENCY_MS = 50;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("Set DATABASE_URL to a Postgres database (a throw-away schema is created in it).");
  process.exit(1);
}

const schemaUrl = await createIsolatedSchema(databaseUrl, "bench_sync");
const sandbox = await startSandbox({ port: 0 });
applyBenchEnvironment({ DATABASE_URL: schemaUrl }, sandbox.url);
const { db } = await import("@/lib/db");
const { syncServiceCatalog } = await import("@/lib/services/sync-catalog");
const { beginStatusSync, finishStatusSync, syncNextStatusBatch } = await import("@/lib/orders/status-sync");
const { fampageClient } = await import("@/lib/providers/app-clients");
const panelControl = createFampageSandboxControl(sandbox.url);

try {
  await syncServiceCatalog();
  const service = await db.service.findFirstOrThrow({ where: { type: "Default", active: true }, orderBy: { id: "asc" } });
  const company = await db.company.create({ data: { name: "Bench Co" } });
  const panel = fampageClient();
  await panelControl.setBalance("1000000");

  console.info(`Placing ${OPEN_ORDERS.toLocaleString("en-US")} orders on the sandbox panel…`);
  // Straight to the panel API (seeding is not what is measured: no integration-log rows), retried on a dropped connection.
  const add = async (index: number, attempt = 0): Promise<number> => {
    const body = new URLSearchParams({ key: SANDBOX_API_KEY, action: "add", service: String(service.id), link: `https://instagram.com/bench${index}`, quantity: String(service.min) });
    try {
      const answer = (await (await fetch(`${sandbox.url}/fampage/api/v2`, { method: "POST", body })).json()) as { order?: number; error?: string };
      if (answer.order === undefined) throw new Error(`the sandbox refused order ${index}: ${answer.error}`);
      return answer.order;
    } catch (error) {
      if (attempt < 3) return add(index, attempt + 1);
      throw error;
    }
  };
  const providerIds: number[] = [];
  for (let start = 0; start < OPEN_ORDERS; start += 20) {
    providerIds.push(...(await Promise.all(Array.from({ length: Math.min(20, OPEN_ORDERS - start) }, (_, i) => add(start + i)))));
  }

  /** A control call retried on a dropped connection (a loaded machine closes idle keep-alive sockets). */
  const retried = async <T>(call: () => Promise<T>, attempt = 0): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (attempt < 3) return retried(call, attempt + 1);
      throw error;
    }
  };

  // Pinned In progress, so the panel's answers stay put while the benchmark runs (the sandbox clock is real time).
  for (let start = 0; start < OPEN_ORDERS; start += 20) {
    await Promise.all(
      providerIds.slice(start, start + 20).map((providerId) => retried(() => panelControl.forceStatus(providerId, { status: "In progress", remains: service.min }))),
    );
  }

  /** Every order stored exactly as the panel reports it (nothing to change), or as placed (everything changes). */
  const storeOrders = async (matchPanel: boolean) => {
    await db.$executeRaw`DELETE FROM "Order"`;
    const views = new Map((await panelControl.orders()).map((order) => [order.id, order]));
    await db.order.createMany({
      data: providerIds.map((providerOrderId, i) => {
        const view = views.get(providerOrderId)!;
        return {
          idempotencyKey: `bench-${i}`, companyId: company.id, serviceId: service.id, serviceName: service.name, serviceType: service.type,
          network: service.network, ratePer1000: service.ratePer1000, link: `https://instagram.com/bench${i}`, quantity: service.min,
          multiplier: 8, expectedCost: view.charge, providerOrderId,
          ...(matchPanel
            ? { status: "IN_PROGRESS" as const, charge: view.charge, startCount: view.startCount, remains: view.remains, currency: "USD" }
            : { status: "PENDING" as const }),
        };
      }),
    });
  };

  const floor = async () => {
    const started = performance.now();
    for (let start = 0; start < providerIds.length; start += 100) await panel.getOrderStatuses(providerIds.slice(start, start + 100));
    return performance.now() - started;
  };

  /**
   * One sync as the workflow (inngest/functions/sync-open-orders.ts) runs it: its first step,
   * then its batch steps one after the other (each with its compare-and-set progress), then its last.
   */
  const syncOpenOrders = async () => {
    const { id } = await db.statusSync.create({ data: { trigger: "admin", activeKey: "active" } });
    await beginStatusSync(id);
    while (!(await syncNextStatusBatch(id)).done);
    const { checked, changed, failed, creditNotes } = await finishStatusSync(id);
    return { checked, changed, failed, creditNotes };
  };

  const timedSync = async () => {
    const started = performance.now();
    const { result: summary, statements } = await countStatements(syncOpenOrders);
    const ms = performance.now() - started;
    return { ms, summary, statementsPerBatch: statements / Math.ceil(OPEN_ORDERS / 100) };
  };

  // 5 % change: the panel moves 500 orders to Completed; the rest read as stored.
  await storeOrders(true);
  for (const providerId of providerIds.slice(0, OPEN_ORDERS / 20)) await retried(() => panelControl.forceStatus(providerId, { status: "Completed" }));
  await panelControl.setLatency(LATENCY_MS);
  const someFloor = await floor();
  const some = await timedSync();
  console.info(`\nStatus sync, ${OPEN_ORDERS.toLocaleString("en-US")} open orders, panel latency ${LATENCY_MS} ms:`);
  console.info(`  5 % changing: ${JSON.stringify(some.summary)}, ${some.statementsPerBatch.toFixed(1)} statements per batch of 100`);
  console.info(ratioLine("sync, 5 % of orders changing", some.ms, someFloor, "floor (100 status calls)"));

  // All change: every order stored as placed (Pending, no charge yet); the panel has moved all of them on.
  await panelControl.setLatency(0);
  await storeOrders(false);
  await panelControl.setLatency(LATENCY_MS);
  const allFloor = await floor();
  const all = await timedSync();
  console.info(`  all changing: ${JSON.stringify(all.summary)}, ${all.statementsPerBatch.toFixed(1)} statements per batch of 100`);
  console.info(ratioLine("sync, every order changing", all.ms, allFloor, "floor (100 status calls)"));
} finally {
  await db.$disconnect();
  await sandbox.close();
  await dropIsolatedSchema(schemaUrl);
}
