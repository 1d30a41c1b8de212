import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EmbeddedRunner } from "@/lib/workflows/runner/embedded-runner";
import { enqueueEvent, enqueueEvents, InvalidEventError } from "@/lib/workflows/outbox";
import { retryWorkflowRun } from "@/lib/workflows/retry-run";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { panelCallsByOrder, waitFor } from "../../support/workflows/runner-harness";
import { workflowsIdle } from "../../support/workflows/run-workflows";
import {
  boundedRequested,
  boundedSteps,
  chainRequested,
  flakyRequested,
  stepsRequested,
  testWorkflowFunctions,
} from "../../support/workflows/test-functions";

const { control } = resetSandboxBeforeEach();
const runners: EmbeddedRunner[] = [];

function startRunner(): EmbeddedRunner {
  const runner = new EmbeddedRunner({ functions: testWorkflowFunctions, pollMs: 20, retryBaseMs: 20, leaseMs: 5_000 });
  runners.push(runner);
  runner.start();
  return runner;
}


afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
  await db.$executeRaw`TRUNCATE "WorkflowRun", "WorkflowStep", "OutboxEvent", "WorkflowSchedule"`;
});

describe("the embedded runner", () => {
  it("runs the function an outbox event triggers, each step exactly once, in order", async () => {
    const runner = startRunner();
    await db.$transaction((tx) => enqueueEvent(tx, stepsRequested, { base: 100, group: "a" }, { id: "steps-100" }));
    await runner.drain(workflowsIdle);

    const run = await db.workflowRun.findFirstOrThrow({ where: { functionId: "test-three-steps" }, include: { steps: { orderBy: { position: "asc" } } } });
    expect(run.status).toBe("COMPLETED");
    expect(run.steps.map((step) => [step.name, step.status])).toEqual([
      ["ask the panel about 101", "COMPLETED"],
      ["ask the panel about 102", "COMPLETED"],
      ["ask the panel about 103", "COMPLETED"],
    ]);
    expect(run.output).toHaveLength(3);
    expect(Object.fromEntries(await panelCallsByOrder(control))).toEqual({ 101: 1, 102: 1, 103: 1 });
  });

  it("claims free slots in batches yet never runs more than the function's limit, nor two runs of one key", async () => {
    const runner = new EmbeddedRunner({ functions: testWorkflowFunctions, slots: 12, pollMs: 20, leaseMs: 5_000 });
    runners.push(runner);
    await db.$transaction(async (tx) => {
      for (let index = 0; index < 30; index += 1) await enqueueEvent(tx, boundedRequested, { group: `g${index % 4}` });
    });
    boundedSteps.peak = 0;
    runner.start();
    await runner.drain(workflowsIdle, 60_000);

    expect(await db.workflowRun.count({ where: { functionId: "test-bounded", status: "COMPLETED" } })).toBe(30);
    // Three runs start in the first batch; however the machine schedules them, never a fourth.
    expect(boundedSteps.peak).toBeLessThanOrEqual(3);
    expect(boundedSteps.peak).toBeGreaterThanOrEqual(2);
    const runs = await db.workflowRun.findMany({ where: { functionId: "test-bounded" }, select: { concurrencyKey: true, startedAt: true, finishedAt: true } });
    for (const run of runs) {
      const overlapping = runs.filter(
        (other) => other !== run && other.concurrencyKey === run.concurrencyKey && other.startedAt! < run.finishedAt! && run.startedAt! < other.finishedAt!,
      );
      expect(overlapping).toEqual([]);
    }
  });

  it("fails a queued run of a function the app no longer has, saying so, and still runs the others", async () => {
    await db.workflowRun.create({
      data: {
        id: "run-of-a-removed-function",
        functionId: "test-removed-long-ago",
        trigger: "event",
        eventName: "test/removed.requested",
        eventId: "removed-1",
        event: { id: "removed-1", name: "test/removed.requested", data: {}, ts: Date.now() },
        dedupeKey: "test-removed-long-ago:removed-1",
      },
    });
    await enqueueEvent(db, stepsRequested, { base: 600, group: "e" });
    const runner = startRunner();
    await runner.drain(workflowsIdle);

    const orphan = await db.workflowRun.findUniqueOrThrow({ where: { id: "run-of-a-removed-function" } });
    expect(orphan.status).toBe("FAILED");
    expect(orphan.error).toBe("This function no longer exists in the app, so the run cannot go on.");
    expect(orphan.leaseOwner).toBeNull();
    expect(await db.workflowRun.count({ where: { functionId: "test-three-steps", status: "COMPLETED" } })).toBe(1);
  });

  it("delivers an event id once however often it is emitted", async () => {
    const runner = startRunner();
    for (let i = 0; i < 3; i += 1) await enqueueEvent(db, stepsRequested, { base: 200, group: "b" }, { id: "steps-200" });
    await runner.drain(workflowsIdle);
    expect(await db.workflowRun.count()).toBe(1);
    expect(Object.fromEntries(await panelCallsByOrder(control))).toEqual({ 201: 1, 202: 1, 203: 1 });
  });

  it("enqueues a batch of events in one statement: each id once, every event checked against its schema first", async () => {
    const runner = startRunner();
    const batch = [500, 510, 500].map((base) => ({ id: `steps-${base}`, data: { base, group: "d" } }));
    await enqueueEvents(db, stepsRequested, batch);
    await enqueueEvents(db, stepsRequested, batch.slice(0, 1));
    // @ts-expect-error -- a payload its schema refuses, as a bug elsewhere could pass
    await expect(enqueueEvents(db, stepsRequested, [{ id: "bad", data: { base: "x", group: "d" } }])).rejects.toBeInstanceOf(InvalidEventError);
    expect(await db.outboxEvent.count()).toBe(2);
    await runner.drain(workflowsIdle);
    expect(await db.workflowRun.count({ where: { status: "COMPLETED" } })).toBe(2);
    expect(Object.fromEntries(await panelCallsByOrder(control))).toEqual({ 501: 1, 502: 1, 503: 1, 511: 1, 512: 1, 513: 1 });
  });

  it("sleeps, runs parallel steps, and sends an event that starts another function", async () => {
    const runner = startRunner();
    await enqueueEvent(db, chainRequested, { base: 300 }, { id: "chain-300" });
    const sleeping = await waitFor(() => db.workflowRun.findFirst({ where: { functionId: "test-sleepy-chain", status: "SLEEPING" } }));
    expect(sleeping.runAt.getTime()).toBeGreaterThan(Date.now());

    await runner.drain(workflowsIdle);
    const chain = await db.workflowRun.findFirstOrThrow({ where: { functionId: "test-sleepy-chain" }, include: { steps: true } });
    expect(chain.status).toBe("COMPLETED");
    expect(chain.output).toBe(302 + 303);
    expect(chain.steps.map((step) => step.name).sort()).toEqual(["before the nap", "hand over", "in parallel A", "in parallel B", "nap"]);
    const follower = await db.workflowRun.findFirstOrThrow({ where: { functionId: "test-chain-follower" } });
    expect(follower.status).toBe("COMPLETED");
    expect(Object.fromEntries(await panelCallsByOrder(control))).toEqual({ 301: 1, 302: 1, 303: 1, 309: 1 });
  });

  it("retries a failing step with backoff and then goes on", async () => {
    // The client itself tries a read 3 times: 4 failures fail the step's first attempt and its second's first try.
    await control.injectFault({ provider: "fampage", path: "/api/v2", mode: "http_500", count: 4 });
    const runner = startRunner();
    await enqueueEvent(db, stepsRequested, { base: 400, group: "c" });
    await runner.drain(workflowsIdle);
    const run = await db.workflowRun.findFirstOrThrow({ include: { steps: { orderBy: { position: "asc" } } } });
    expect(run.status).toBe("COMPLETED");
    expect(run.steps[0]?.attempts).toBe(2);
    expect(run.steps[1]?.attempts).toBe(1);
    expect(Object.fromEntries(await panelCallsByOrder(control))).toEqual({ 401: 5, 402: 1, 403: 1 });
  });

  it("fails a run whose step keeps failing, keeping the reason", async () => {
    await control.injectFault({ provider: "fampage", path: "/api/v2", mode: "http_500", count: 100 });
    const runner = startRunner();
    await enqueueEvent(db, flakyRequested, {});
    await runner.drain(workflowsIdle);
    const run = await db.workflowRun.findFirstOrThrow({ where: { functionId: "test-flaky" }, include: { steps: true } });
    expect(run.status).toBe("FAILED");
    expect(run.error).toBe("Internal server error");
    expect(run.steps).toHaveLength(1);
    expect(run.steps[0]?.status).toBe("FAILED");
    expect(run.steps[0]?.attempts).toBe(3);

    // The panel is back: "retry" on the Workflows page resumes the run at its failed step.
    await control.reset();
    await retryWorkflowRun(run.id);
    await expect(retryWorkflowRun(run.id)).rejects.toThrow(/Only a failed run can be retried/);
    await runner.drain(workflowsIdle);
    const retried = await db.workflowRun.findUniqueOrThrow({ where: { id: run.id }, include: { steps: true } });
    expect(retried).toMatchObject({ status: "COMPLETED", output: 777, error: null });
    expect(retried.steps.map((step) => step.status)).toEqual(["COMPLETED"]);
  });
});
