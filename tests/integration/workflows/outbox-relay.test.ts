import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companyCreated } from "@/inngest/events";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { relayOutboxToInngest } from "@/lib/workflows/relay-to-inngest";
import { waitFor } from "../../support/workflows/runner-harness";

/** Inngest's event API as it behaves when down, then up: it keeps each event id once. */
function fakeEventApi(failFirst: number) {
  const accepted = new Map<string, number>();
  let requests = 0;
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      requests += 1;
      if (requests <= failFirst) {
        response.writeHead(502).end("engine unavailable");
        return;
      }
      const events = JSON.parse(body) as { id: string }[];
      for (const event of events) accepted.set(event.id, (accepted.get(event.id) ?? 0) + 1);
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids: events.map((event) => event.id), status: 200 }));
    });
  });
  return { server, accepted, requests: () => requests };
}

describe("the outbox relay to Inngest", () => {
  const engine = fakeEventApi(12);
  let client: Inngest;

  beforeAll(async () => {
    await new Promise<void>((resolve) => engine.server.listen(0, "127.0.0.1", resolve));
    const { port } = engine.server.address() as AddressInfo;
    client = new Inngest({ id: "relay-test", isDev: true, baseUrl: `http://127.0.0.1:${port}` });
  });
  afterAll(() => new Promise<void>((resolve) => engine.server.close(() => resolve())));

  it("keeps every event through an outage and delivers each exactly once when the engine is back", async () => {
    await db.$transaction(async (tx) => {
      for (let index = 0; index < 250; index += 1) await enqueueEvent(tx, companyCreated, { companyId: `company-${index}` }, { id: `company-created:${index}` });
    });

    const send = (events: Parameters<typeof client.send>[0]) => client.send(events);
    await waitFor(async () => {
      await relayOutboxToInngest(send, { retryBaseMs: 10, batchSize: 100 });
      return (await db.outboxEvent.count({ where: { deliveredAt: null } })) === 0;
    }, 60_000);

    expect(engine.requests()).toBeGreaterThan(12);
    const failedAttempts = await db.outboxEvent.count({ where: { attempts: { gt: 1 } } });
    expect(failedAttempts).toBeGreaterThan(0);
    expect(engine.accepted.size).toBe(250);
    expect([...engine.accepted.values()].every((copies) => copies === 1)).toBe(true);
    expect(await db.outboxEvent.count({ where: { lastError: { not: null } } })).toBe(0);
  });
});
