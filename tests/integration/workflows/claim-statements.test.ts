import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

/** Functions limited to one run at a time, to one per key, and to both: as `claimArguments` passes a registry. */
const LIMITS = JSON.stringify({
  "test-one-at-a-time": { fn: 1, key: null },
  "test-one-per-key": { fn: null, key: 1 },
  "test-two-and-one-per-key": { fn: 2, key: 1 },
});
const OWNER = "runner-under-test";

async function queueRun(id: string, functionId: string, options: { key?: string; status?: "QUEUED" | "RUNNING"; ageMs?: number } = {}) {
  await db.workflowRun.create({
    data: {
      id,
      functionId,
      trigger: "event",
      eventName: "test/claim",
      eventId: id,
      event: { id, name: "test/claim", data: {}, ts: 0 },
      dedupeKey: `${functionId}:${id}`,
      concurrencyKey: options.key ?? "",
      status: options.status ?? "QUEUED",
      runAt: new Date(Date.now() - (options.ageMs ?? 1_000)),
      ...(options.status === "RUNNING" ? { leaseOwner: OWNER, leaseExpiresAt: new Date(Date.now() + 60_000), startedAt: new Date() } : {}),
    },
  });
}

type Row = { stored: boolean; claimed_id: string | null };

const finishRun = (runId: string, owner: string, max: number) => db.$queryRaw<Row[]>`
  SELECT "stored", "claimed_id" FROM workflow_finish_run(${runId}, ${JSON.stringify({ done: true })}::jsonb,
    'step-hash', 'the only step', 0, 'COMPLETED', '"ok"'::jsonb, 'null'::jsonb, 1, now()::timestamp(3),
    ${owner}, 60000, ${max}::int, 20, ${LIMITS}::jsonb)`;

const claimRuns = (max: number) => db.$queryRaw<{ claimed_id: string }[]>`
  SELECT "claimed_id" FROM workflow_claim_runs(${OWNER}, 60000, ${max}::int, 20, ${LIMITS}::jsonb)`;

afterEach(async () => {
  await db.$executeRaw`TRUNCATE "WorkflowRun", "WorkflowStep"`;
});

describe("the runner's claim statements", () => {
  it("a run's end stores its step, completes it and hands its slot to the oldest queued run, in one statement", async () => {
    await queueRun("ending", "test-one-at-a-time", { status: "RUNNING" });
    await queueRun("older", "test-one-at-a-time", { ageMs: 5_000 });
    await queueRun("newer", "test-one-at-a-time", { ageMs: 1_000 });

    expect(await finishRun("ending", OWNER, 5)).toEqual([{ stored: true, claimed_id: "older" }]);

    const runs = await db.workflowRun.findMany({ orderBy: { id: "asc" }, include: { steps: true } });
    expect(runs.map((run) => [run.id, run.status, run.leaseOwner])).toEqual([
      ["ending", "COMPLETED", null],
      ["newer", "QUEUED", null],
      ["older", "RUNNING", OWNER],
    ]);
    expect(runs[0]?.output).toEqual({ done: true });
    expect(runs[0]?.steps.map((step) => [step.name, step.status, step.data])).toEqual([["the only step", "COMPLETED", "ok"]]);
  });

  it("stores and claims nothing for a run another runner has taken over", async () => {
    await queueRun("ending", "test-one-at-a-time", { status: "RUNNING" });
    await queueRun("waiting", "test-one-at-a-time");

    expect(await finishRun("ending", "some-other-runner", 5)).toEqual([{ stored: false, claimed_id: null }]);
    expect(await db.workflowRun.count({ where: { status: "RUNNING" } })).toBe(1);
    expect(await db.workflowStep.count()).toBe(0);
  });

  it("a run's end claims nothing while the runner has no free slot, and the slot's run waits for the next claim", async () => {
    await queueRun("ending", "test-one-at-a-time", { status: "RUNNING" });
    await queueRun("waiting", "test-one-at-a-time");

    expect(await finishRun("ending", OWNER, 0)).toEqual([{ stored: true, claimed_id: null }]);
    expect((await claimRuns(4)).map((row) => row.claimed_id)).toEqual(["waiting"]);
  });

  it("never admits more runs than a function's limit, nor two runs of one key", async () => {
    await queueRun("busy", "test-one-at-a-time", { status: "RUNNING" });
    await queueRun("blocked", "test-one-at-a-time");
    await queueRun("key-a-1", "test-one-per-key", { key: "a", ageMs: 3_000 });
    await queueRun("key-a-2", "test-one-per-key", { key: "a", ageMs: 2_000 });
    await queueRun("key-b-1", "test-one-per-key", { key: "b", ageMs: 1_000 });

    expect((await claimRuns(10)).map((row) => row.claimed_id).sort()).toEqual(["key-a-1", "key-b-1"]);
    expect(await claimRuns(10)).toEqual([]);
  });

  it("under both limits, the function's free slots go to the oldest runs whose key is free", async () => {
    await queueRun("a-first", "test-two-and-one-per-key", { key: "a", ageMs: 4_000 });
    await queueRun("a-second", "test-two-and-one-per-key", { key: "a", ageMs: 3_000 });
    await queueRun("b-first", "test-two-and-one-per-key", { key: "b", ageMs: 2_000 });
    await queueRun("c-first", "test-two-and-one-per-key", { key: "c", ageMs: 1_000 });

    expect((await claimRuns(10)).map((row) => row.claimed_id).sort()).toEqual(["a-first", "b-first"]);
    expect(await claimRuns(10)).toEqual([]);
  });
});
